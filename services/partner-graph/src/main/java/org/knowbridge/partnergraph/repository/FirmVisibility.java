package org.knowbridge.partnergraph.repository;

import org.knowbridge.contracts.vocabulary.FirmStatus;

/**
 * The one rule of who sees a platform firm's nodes, as a Cypher predicate for every read to embed, with the
 * caller as the map parameter {@code $viewer} ({@link org.knowbridge.partnergraph.domain.Viewer}). It is
 * firm-profiles' rule for reading a firm: admin; the firm's own sme account; the agency that onboarded it;
 * a partner once the firm is PUBLISHED and listed. A node is a platform firm when it has a {@code firmId} (the
 * firm's own node, or the register node a verified link made it), and that node holds the firm's status and
 * consent. A node without one (an imported or API-created organisation) is seen by all.
 * A firm whose status the mirror has not been told yet is seen only by those who manage it.
 */
final class FirmVisibility {

    private FirmVisibility() {}

    /**
     * True when {@code $viewer} may see organisation node {@code node}; never null (a comparison with a missing value
     * counts as false), so that {@code NOT} of it is safe.
     */
    static String visible(String node) {
        return """
                (%1$s.firmId IS NULL OR $viewer.admin OR coalesce(%1$s.firmId = $viewer.ownFirm, false)
                   OR coalesce(%1$s.onboardedBy = $viewer.agency, false)
                   OR ($viewer.partner AND coalesce(%1$s.status = '%2$s' AND %1$s.listed = true, false)))""".formatted(node, FirmStatus.PUBLISHED.name());
    }
}
