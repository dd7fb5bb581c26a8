package org.knowbridge.partnergraph.domain;

/**
 * What a party is to the other side of a collaboration: vertical (supplier, customer), horizontal
 * (competitor), within a group (affiliate), or an institution.
 */
public enum PartnerKind {
    SUPPLIER,
    CUSTOMER,
    AFFILIATE,
    COMPETITOR,
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    CONSULTANCY,
    OTHER;

    /**
     * The kind a co-participant of a joint project is taken to be: projects tell what an organisation is,
     * not whether a firm supplies, buys from or competes with the other, so a firm counts as OTHER.
     */
    public static PartnerKind ofProjectPartner(OrganisationType type) {
        return switch (type) {
            case UNIVERSITY -> UNIVERSITY;
            case RESEARCH_ORGANISATION -> RESEARCH_ORGANISATION;
            case PUBLIC_BODY -> PUBLIC_BODY;
            case CONSULTANCY -> CONSULTANCY;
            case FIRM, OTHER -> OTHER;
        };
    }
}
