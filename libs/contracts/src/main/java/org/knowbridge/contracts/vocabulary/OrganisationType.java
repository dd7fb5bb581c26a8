package org.knowbridge.contracts.vocabulary;

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
    OTHER;

    /**
     * The kind of partner an organisation is by its type alone. A firm has no commercial relation to the
     * firm we recommend for until a collaboration says which, so it is OTHER (its SME flag stays).
     */
    public PartnerKind partnerKind() {
        return switch (this) {
            case UNIVERSITY -> PartnerKind.UNIVERSITY;
            case RESEARCH_ORGANISATION -> PartnerKind.RESEARCH_ORGANISATION;
            case PUBLIC_BODY -> PartnerKind.PUBLIC_BODY;
            case CONSULTANCY -> PartnerKind.CONSULTANCY;
            case FIRM, OTHER -> PartnerKind.OTHER;
        };
    }
}
