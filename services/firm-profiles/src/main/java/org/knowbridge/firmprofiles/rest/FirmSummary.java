package org.knowbridge.firmprofiles.rest;

import java.util.List;
import java.util.UUID;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.contracts.vocabulary.SizeClass;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmProfile;

/**
 * A firm's public fields: what a partner organisation sees of a published, listed firm, and what lists show.
 * Figures (staff, turnover, shares), the external id and who onboarded the firm are left out.
 */
public record FirmSummary(
        UUID id,
        String legalName,
        String country,
        String nutsRegion,
        String sector,
        SizeClass sizeClass,
        Integer foundingYear,
        List<String> knowledgeAreasOffered,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        List<PartnerKind> preferredPartnerKinds,
        List<KnowledgeChannel> preferredChannels,
        FirmStatus status,
        boolean contactAllowed) {

    public static FirmSummary of(Firm firm) {
        FirmProfile profile = firm.profile();
        return new FirmSummary(
                firm.id,
                firm.legalName,
                firm.country,
                firm.nutsRegion,
                firm.sector,
                firm.sizeClass,
                firm.foundingYear,
                profile.knowledgeAreasOffered(),
                profile.knowledgeAreasSought(),
                profile.targetCountries(),
                profile.preferredPartnerKinds(),
                profile.preferredChannels(),
                firm.status,
                firm.contactAllowed);
    }
}
