package org.knowbridge.partnergraph.domain;

/**
 * A node of the partner graph, identified by its business key: a firm's id for firms mirrored from
 * firm-profiles, a source-qualified id (e.g. {@code cordis:999908587}) for imported ones.
 */
public record Organisation(String key, String name, String country, OrganisationType type, boolean sme) {
}
