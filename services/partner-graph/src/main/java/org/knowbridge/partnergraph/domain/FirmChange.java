package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.knowbridge.platform.messaging.OutboxEvent;

/**
 * One change of a firm mirrored from firm-profiles: the firm's new state with the event that reports it, or
 * (firm null) its erasure.
 *
 * @param onboardedBy the org_id of the agency that onboarded the firm, or null
 * @param externalId  the firm's key in another register, or null
 * @param knowledgeAreas the areas the firm declares it offers
 * @param status the firm's status in firm-profiles (DRAFT, SUBMITTED, PUBLISHED, ...), null when not told
 * @param listed whether the firm consented to be shown to partner organisations
 * @param event the OrganisationUpserted written with the firm if the mirror changes; null for an erasure
 */
public record FirmChange(
        String key,
        Organisation firm,
        String onboardedBy,
        String externalId,
        List<String> knowledgeAreas,
        String status,
        boolean listed,
        OutboxEvent event) {

    public static FirmChange upsert(
            Organisation firm,
            String onboardedBy,
            String externalId,
            List<String> knowledgeAreas,
            String status,
            boolean listed,
            OutboxEvent event) {
        return new FirmChange(firm.key(), firm, onboardedBy, externalId, knowledgeAreas, status, listed, event);
    }

    public static FirmChange erase(String key) {
        return new FirmChange(key, null, null, null, List.of(), null, false, null);
    }
}
