package org.knowbridge.portal.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** One page of the signed-in user's notifications (the introductions service's inbox), newest first. */
public record Notifications(List<Notification> items, String nextCursor) {

    public Notifications {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** What happened (kind), about what (subject), when, and whether it was read. */
    public record Notification(
            String id, String kind, String subject, Map<String, Object> data, OffsetDateTime occurredAt, boolean read) {

        /** The notification in a sentence for people. */
        public String sentence() {
            return switch (kind) {
                case "SUGGESTIONS_NEW" -> count("partnerKeys") + " new suggested partners for your firm.";
                case "SUGGESTIONS_CHANGED" -> "Your suggested partners changed.";
                case "INTRODUCTION_RECEIVED" -> "Someone asked to be introduced to you.";
                case "INTRODUCTION_ANSWERED" -> "An introduction you asked for was answered.";
                case "INTRODUCTION_EXPIRED" -> "An introduction request expired without an answer.";
                case "COLLABORATION_CLAIM_RECEIVED" -> "A collaboration with you waits for your confirmation.";
                default -> Words.of(kind) + ".";
            };
        }

        /** Where to look at it: the suggestions for suggestion news, else nowhere yet. */
        public boolean aboutSuggestions() {
            return kind.startsWith("SUGGESTIONS_");
        }

        private int count(String listName) {
            return data != null && data.get(listName) instanceof List<?> list ? list.size() : 0;
        }
    }
}
