package org.knowbridge.contracts.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * What an organisation is. Whether it is a supplier, customer, affiliate or competitor is not a property
 * of the organisation but of a collaboration, seen from one side; whether it is an SME is a flag beside it.
 */
public enum OrganisationType {
    COMPANY,
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    CONSULTANCY,
    OTHER;

    /** The name companies were stored and sent under before COMPANY; still read as COMPANY, never written. */
    public static final String LEGACY_COMPANY = "FIRM";

    /**
     * A stored or received type name (any case), with the legacy {@code FIRM} read as COMPANY; empty when this
     * version does not know it. Not for API input, where FIRM is refused.
     */
    public static Optional<OrganisationType> stored(String name) {
        if (name != null && name.trim().equalsIgnoreCase(LEGACY_COMPANY)) {
            return Optional.of(COMPANY);
        }
        return EnumNames.parse(OrganisationType.class, name);
    }

    /**
     * The kind of partner an organisation is by its type alone. A company has no commercial relation to the
     * firm we recommend for until a collaboration says which, so it is OTHER (its SME flag stays).
     */
    public PartnerKind partnerKind() {
        return switch (this) {
            case UNIVERSITY -> PartnerKind.UNIVERSITY;
            case RESEARCH_ORGANISATION -> PartnerKind.RESEARCH_ORGANISATION;
            case PUBLIC_BODY -> PartnerKind.PUBLIC_BODY;
            case CONSULTANCY -> PartnerKind.CONSULTANCY;
            case COMPANY, OTHER -> PartnerKind.OTHER;
        };
    }

    /** Words for sentences, with the article: "an SME", "a company", "a university". */
    public String phrase(boolean sme) {
        if (sme && (this == COMPANY || this == CONSULTANCY)) {
            return "an SME";
        }
        return switch (this) {
            case RESEARCH_ORGANISATION -> "a research organisation";
            case PUBLIC_BODY -> "a public body";
            case OTHER -> "an organisation";
            default -> "a " + name().toLowerCase(Locale.ROOT);
        };
    }
}
