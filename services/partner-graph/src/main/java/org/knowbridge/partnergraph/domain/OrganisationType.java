package org.knowbridge.partnergraph.domain;

/**
 * What an organisation is. Whether it is a supplier, customer, affiliate or competitor is not a property
 * of the organisation but of a collaboration, seen from one side.
 */
public enum OrganisationType {
    FIRM,
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    CONSULTANCY,
    OTHER
}
