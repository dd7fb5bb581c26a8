package org.knowbridge.partnergraph.repository;

/**
 * The one rule of who sees a platform firm's nodes, as a Cypher predicate for every read to embed, with the
 * caller as the map parameter {@code $viewer} ({@link org.knowbridge.partnergraph.domain.Viewer}). It is
 * firm-profiles' rule for reading a firm: admin; the firm's own sme account; the agency that onboarded it;
 * a partner once the firm is PUBLISHED and listed. A node belongs to a platform firm when it has a
 * {@code firmId} (the mirror itself, or a register node linked to it); it follows the firm's mirror, where
 * status and consent are kept. A node without one (an imported or API-created organisation) is seen by all.
 * A firm whose status the mirror has not been told yet is seen only by those who manage it.
 */
final class FirmVisibility {

    private FirmVisibility() {}

    /** True when {@code $viewer} may see organisation node {@code node}. */
    static String visible(String node) {
        return """
                (%1$s.firmId IS NULL OR $viewer.admin OR EXISTS {
                    MATCH (firm:Organisation {key: %1$s.firmId})
                    WHERE firm.key = $viewer.ownFirm OR firm.onboardedBy = $viewer.agency
                       OR ($viewer.partner AND firm.status = 'PUBLISHED' AND firm.listed = true) })""".formatted(node);
    }
}
