package org.knowbridge.firmprofiles.domain;

/** How a firm prefers to source knowledge from a partner. */
public enum KnowledgeChannel {
    CO_DEVELOPMENT,
    STRATEGIC_PARTNERSHIP,
    PROJECT_EXCHANGE,
    PUBLIC_SERVICE,
    PURCHASED_KNOWLEDGE,
    LICENSING,
    EMPLOYEE_MOBILITY
}
