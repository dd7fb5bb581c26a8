package org.knowbridge.contracts.vocabulary;

import java.util.Locale;

/**
 * What a partner is to a firm: vertical (supplier, customer), horizontal (competitor), within a group
 * (affiliate), or an institution. Firms say which kinds they look for; a collaboration records the kind
 * each side is to the other.
 */
public enum PartnerKind {
    SUPPLIER,
    CUSTOMER,
    /** Same group or a multinational. */
    AFFILIATE,
    COMPETITOR,
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    CONSULTANCY,
    OTHER;

    /** Firms of every commercial relation count as one kind when we compare "firms like you". */
    public boolean isFirm() {
        return switch (this) {
            case SUPPLIER, CUSTOMER, AFFILIATE, COMPETITOR, CONSULTANCY, OTHER -> true;
            default -> false;
        };
    }

    /** Lower-case words for sentences ("a research organisation"). */
    public String label() {
        return switch (this) {
            case RESEARCH_ORGANISATION -> "research organisation";
            case PUBLIC_BODY -> "public body";
            case OTHER -> "organisation";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
