package org.knowbridge.partnergraph.domain;

/**
 * Who answers for an organisation node, as the access rules need it.
 *
 * @param platformFirm the node is a platform firm's (mirrored from firm-profiles, or a register node linked to
 *     a firm): its data changes in firm-profiles only
 * @param firmId the platform firm the node is, or null
 * @param onboardedBy the org_id of the agency that onboarded that firm, or null
 * @param createdBy the org_id of the agency or partner that created the node through the API, or null (an admin,
 *     an import or the firm mirror created it)
 * @param partnerOrganisation a partner account maintains the node as its own organisation
 */
public record Stewardship(
        String key,
        boolean platformFirm,
        String firmId,
        String onboardedBy,
        String createdBy,
        boolean partnerOrganisation) {

    /** A platform firm or a partner's organisation: someone on the platform speaks for it and confirms claims on it. */
    public boolean hasPlatformOwner() {
        return platformFirm || partnerOrganisation;
    }

    /** The platform firm this node is, or null; a firm's own node mirrored before nodes kept firmId is keyed by it. */
    public String platformFirmId() {
        return firmId != null ? firmId : platformFirm ? key : null;
    }

    /** Public register data (an import, or an admin's entry) that no agency, partner or firm answers for. */
    public boolean registerOnly() {
        return !hasPlatformOwner() && createdBy == null;
    }

    /** An agency's remit: the firms it onboarded (and their register nodes) and the organisations it created. */
    public boolean inRemitOfAgency(String agencyOrgId) {
        return agencyOrgId != null && (agencyOrgId.equals(onboardedBy) || agencyOrgId.equals(createdBy));
    }
}
