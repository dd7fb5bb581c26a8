package org.knowbridge.portal.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An introduction as its recipient sees it (the introductions service's Introduction): who asks, described without
 * a name until accepted, what they offer and seek, and the way to answer.
 */
public record ReceivedIntroduction(
        String id,
        String state,
        String channel,
        String message,
        String offers,
        String seeks,
        OffsetDateTime requestedAt,
        OffsetDateTime expiresAt,
        Requester requester,
        Contact requesterContact,
        List<String> suggestionReasons) {

    public ReceivedIntroduction {
        suggestionReasons = suggestionReasons == null ? List.of() : List.copyOf(suggestionReasons);
    }

    /** Waiting for this recipient's answer. */
    public boolean open() {
        return "REQUESTED".equals(state);
    }

    /** The requester's anonymised card. */
    public record Requester(
            String country,
            String sector,
            String sizeClass,
            List<String> knowledgeAreasOffered,
            List<String> knowledgeAreasSought) {

        public Requester {
            knowledgeAreasOffered = knowledgeAreasOffered == null ? List.of() : List.copyOf(knowledgeAreasOffered);
            knowledgeAreasSought = knowledgeAreasSought == null ? List.of() : List.copyOf(knowledgeAreasSought);
        }
    }

    /** Who asked, once the recipient accepted. */
    public record Contact(String name, String person, String role, String email, String phone) {}
}
