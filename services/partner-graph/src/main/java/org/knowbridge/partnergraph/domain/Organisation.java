package org.knowbridge.partnergraph.domain;

import org.knowbridge.contracts.vocabulary.OrganisationType;

/**
 * A node of the partner graph, identified by its business key: a firm's id for firms mirrored from
 * firm-profiles, a source-qualified id (e.g. {@code cordis:999908587}) for imported ones.
 *
 * @param country ISO 3166-1 alpha-2, or null when the source did not say
 * @param sector  NACE Rev. 2 code, or null when unknown (imported organisations)
 */
public record Organisation(
        String key, String name, String country, OrganisationType type, boolean sme, String sector) {}
