package org.knowbridge.partnergraph.domain;

/** The knowledge-sourcing channel a collaboration used. */
public enum Channel {
    CO_DEVELOPMENT,
    STRATEGIC_PARTNERSHIP,
    /** A joint project, e.g. an EU project; derived from project co-participation too. */
    PROJECT_EXCHANGE,
    PUBLIC_SERVICE,
    PURCHASED_KNOWLEDGE,
    LICENSING,
    EMPLOYEE_MOBILITY
}
