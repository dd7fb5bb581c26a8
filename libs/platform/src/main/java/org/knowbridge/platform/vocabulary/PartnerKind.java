package org.knowbridge.platform.vocabulary;

/**
 * What a partner is to a firm: vertical (supplier, customer), horizontal (competitor), within a group
 * (affiliate), or an institution. Firms say which kinds they look for; a collaboration records the kind
 * each side is to the other.
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
    OTHER
}
