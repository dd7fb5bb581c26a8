package org.knowbridge.recommendations.engine.model;

/** How knowledge flowed in a collaboration. */
public enum Channel {
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
