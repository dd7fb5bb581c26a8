package org.knowbridge.contracts.vocabulary;

/** How knowledge flows between partners: the channel a collaboration used, or a firm prefers. */
public enum KnowledgeChannel {
    CO_DEVELOPMENT,
    STRATEGIC_PARTNERSHIP,
    /** A joint project, e.g. an EU project. */
    PROJECT_EXCHANGE,
    PUBLIC_SERVICE,
    /** Market surveys, technology information. */
    PURCHASED_KNOWLEDGE,
    LICENSING,
    /** Staff coming from multinationals. */
    EMPLOYEE_MOBILITY
}
