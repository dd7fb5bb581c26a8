package org.knowbridge.firmprofiles.event;

import java.util.List;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmStatus;
import org.knowbridge.firmprofiles.domain.SizeClass;

/**
 * The data of FirmRegistered, FirmUpdated and FirmPublished: the firm's state after the change, so a
 * consumer needs no other event to mirror it (and a replayed event changes nothing).
 *
 * @param preferredPartnerKinds the kinds of partner it prefers (what recommendations favour), empty for any
 * @param preferredChannels     the ways of working with a partner it prefers, empty for any
 * @param onboardedBy the org_id of the agency that onboarded the firm, null when the SME registered itself:
 *                    lets partner-graph limit an agency to its own firms
 * @param externalId  the firm's id in another register (e.g. {@code cordis:999908587}), null when none: lets
 *                    partner-graph tie the firm to the node it imported from that register
 */
public record FirmSnapshot(
        UUID firmId,
        String legalName,
        String country,
        String sector,
        SizeClass sizeClass,
        FirmStatus status,
        List<String> knowledgeAreasOffered,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        List<String> preferredPartnerKinds,
        List<String> preferredChannels,
        boolean listed,
        String onboardedBy,
        String externalId) {

    public static FirmSnapshot of(Firm firm) {
        return new FirmSnapshot(firm.id, firm.legalName, firm.country, firm.sector, firm.sizeClass, firm.status,
                List.of(firm.knowledgeAreasOffered), List.of(firm.knowledgeAreasSought), List.of(firm.targetCountries),
                List.of(firm.partnerKinds), List.of(firm.channels), firm.visibleToPartners(), firm.onboardedBy, firm.externalId);
    }
}
