package org.knowbridge.partnergraph.domain;

import java.util.List;

/**
 * One change of a firm mirrored from firm-profiles: the firm's new state, or (firm null) its erasure, with the
 * builder of the events it causes.
 *
 * @param onboardedBy the org_id of the agency that onboarded the firm, or null
 * @param externalId  the firm's key in another register, or null: a claim that the firm is that node, linked
 *                    once verified
 * @param knowledgeAreas the areas the firm declares it offers
 * @param status the firm's status in firm-profiles (DRAFT, SUBMITTED, PUBLISHED, ...), null when not told
 * @param listed whether the firm consented to be shown to partner organisations
 * @param sizeClass MICRO, SMALL, MEDIUM or LARGE, null when not known
 */
public record FirmChange(
        String key,
        Organisation firm,
        String onboardedBy,
        String externalId,
        List<String> knowledgeAreas,
        String status,
        boolean listed,
        String sizeClass,
        OrganisationEvents events) {

    public static FirmChange upsert(
            Organisation firm,
            String onboardedBy,
            String externalId,
            List<String> knowledgeAreas,
            String status,
            boolean listed,
            String sizeClass,
            OrganisationEvents events) {
        return new FirmChange(
                firm.key(), firm, onboardedBy, externalId, knowledgeAreas, status, listed, sizeClass, events);
    }

    public static FirmChange erase(String key, OrganisationEvents events) {
        return new FirmChange(key, null, null, null, List.of(), null, false, null, events);
    }
}
