package org.knowbridge.firmprofiles.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.contracts.vocabulary.SizeClass;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmProfile;

/** A firm as its owner, its agency and admins see it: every field. */
public record FirmView(
        UUID id,
        String externalId,
        String legalName,
        String country,
        String nutsRegion,
        String sector,
        Integer employees,
        Long turnoverEur,
        SizeClass sizeClass,
        Integer foundingYear,
        Double exportShare,
        Double rdIntensity,
        List<String> knowledgeAreasOffered,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        List<PartnerKind> preferredPartnerKinds,
        List<KnowledgeChannel> preferredChannels,
        FirmStatus status,
        boolean listedToPartners,
        boolean contactAllowed,
        String onboardedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,

        @Schema(description = "The contact the firm consented to share on accepted introductions; null when none")
        IntroductionContact introductionContact) {

    /** A firm's contact for accepted introductions, with the consent it was given under. */
    @Schema(name = "IntroductionContact")
    public record IntroductionContact(
            String name,
            String role,
            String email,
            @Schema(description = "Null when not given") String phone,
            OffsetDateTime consentedAt,

            @Schema(description = "The account that gave the consent")
            String consentedBy) {}

    public static FirmView of(Firm firm) {
        FirmProfile profile = firm.profile();
        return new FirmView(
                firm.id,
                firm.externalId,
                firm.legalName,
                firm.country,
                firm.nutsRegion,
                firm.sector,
                firm.employees,
                firm.turnoverEur,
                firm.sizeClass,
                firm.foundingYear,
                firm.exportShare,
                firm.rdIntensity,
                profile.knowledgeAreasOffered(),
                profile.knowledgeAreasSought(),
                profile.targetCountries(),
                profile.preferredPartnerKinds(),
                profile.preferredChannels(),
                firm.status,
                firm.listedToPartners,
                firm.contactAllowed,
                firm.onboardedBy,
                firm.createdAt,
                firm.updatedAt,
                firm.sharesIntroductionContact()
                        ? new IntroductionContact(
                                firm.contactName,
                                firm.contactRole,
                                firm.contactEmail,
                                firm.contactPhone,
                                firm.contactConsentAt,
                                firm.contactConsentBy)
                        : null);
    }
}
