package org.knowbridge.firmprofiles.domain;

/** Kinds of partner a firm looks for. Vertical = supplier or customer; horizontal = competitor. */
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
