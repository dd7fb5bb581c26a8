package org.knowbridge.introductions.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.MirroredFirm;
import org.knowbridge.introductions.service.IntroductionDetails;

/**
 * An introduction as one of its sides sees it. The anonymity rule: until the recipient accepts, the recipient sees
 * the requester's card only (country, sector, size class, knowledge areas), never who it is; on acceptance both
 * sides see each other's contact.
 */
@Schema(name = "Introduction")
public record IntroductionView(
        String id,

        @Schema(description = "REQUESTER or RECIPIENT: the caller's side (an admin reads as REQUESTER)")
        String yourSide,

        String state,

        @Schema(description = "ORGANISATION: delivered to the organisation; BROKER: to the firm's onboarding agency")
        String route,

        String organisationKey,
        String channel,
        String offers,
        String seeks,
        String message,

        @Schema(description = "Why the platform suggested the organisation; empty when found by search")
        List<String> suggestionReasons,

        boolean fromSuggestion,
        RequesterCard requester,

        @Schema(description = "Who asked: the requester side always, the recipient once it accepted; else null")
        Contact requesterContact,

        @Schema(description = "Who answers: shown to both sides once accepted; else null")
        Contact recipientContact,

        String declineReason,
        String declineText,
        String agreementChannel,
        OffsetDateTime requestedAt,
        OffsetDateTime changedAt,
        OffsetDateTime expiresAt) {

    /** What the recipient may know of the requester before accepting: nothing that identifies it. */
    @Schema(name = "RequesterCard")
    public record RequesterCard(
            String country,
            String sector,
            String sizeClass,
            List<String> knowledgeAreasOffered,
            List<String> knowledgeAreasSought) {}

    /**
     * A party's contact: a firm's id, legal name and onboarding agency with the contact block it consented to share
     * in firm-profiles (person, role, e-mail, phone), a registered partner's contact name and e-mail, or on the BROKER
     * route the broker agency.
     */
    @Schema(name = "Contact")
    public record Contact(
            String organisationKey,

            @Schema(description = "A firm's legal name, or a registered partner's contact name")
            String name,

            @Schema(description = "The person to contact, from the firm's shared contact block; null when none")
            String person,

            @Schema(description = "Their role, from the firm's shared contact block; null when none")
            String role,

            String email,

            @Schema(description = "From the firm's shared contact block; null when none")
            String phone,

            @Schema(description = "An agency's org_id") String via) {}

    static IntroductionView of(IntroductionDetails details) {
        Introduction introduction = details.introduction();
        boolean disclosed = details.requesterDisclosed();
        return new IntroductionView(
                introduction.id.toString(),
                details.requesterSide() ? "REQUESTER" : "RECIPIENT",
                introduction.state.name(),
                introduction.route.name(),
                introduction.organisationKey,
                introduction.channel.name(),
                introduction.offers,
                introduction.seeks,
                introduction.message,
                List.of(introduction.suggestionReasons),
                introduction.fromSuggestion,
                card(details.requester()),
                disclosed ? requesterContact(details) : null,
                details.contactsShared() ? recipientContact(details) : null,
                introduction.declineReason == null ? null : introduction.declineReason.name(),
                introduction.declineText,
                introduction.agreementChannel == null ? null : introduction.agreementChannel.name(),
                introduction.requestedAt,
                introduction.changedAt,
                introduction.expiresAt);
    }

    private static RequesterCard card(MirroredFirm firm) {
        if (firm == null) {
            return null;
        }
        return new RequesterCard(
                firm.country,
                firm.sector,
                firm.sizeClass,
                List.of(firm.knowledgeAreasOffered),
                List.of(firm.knowledgeAreasSought));
    }

    private static Contact requesterContact(IntroductionDetails details) {
        MirroredFirm firm = details.requester();
        return firmContact(details.introduction().firmId, firm);
    }

    private static Contact recipientContact(IntroductionDetails details) {
        Introduction introduction = details.introduction();
        if (details.recipientFirm() != null) {
            return firmContact(introduction.organisationKey, details.recipientFirm());
        }
        if (details.partner() != null) {
            return new Contact(
                    introduction.organisationKey,
                    details.partner().contactName,
                    null,
                    null,
                    details.partner().contactEmail,
                    null,
                    null);
        }
        return new Contact(introduction.organisationKey, null, null, null, null, null, introduction.brokerAgency);
    }

    private static Contact firmContact(String firmId, MirroredFirm firm) {
        if (firm == null) {
            return new Contact(firmId, null, null, null, null, null, null);
        }
        return new Contact(
                firmId,
                firm.legalName,
                firm.contactName,
                firm.contactRole,
                firm.contactEmail,
                firm.contactPhone,
                firm.onboardedBy);
    }
}
