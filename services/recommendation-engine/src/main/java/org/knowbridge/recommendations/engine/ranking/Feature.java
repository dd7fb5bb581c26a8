package org.knowbridge.recommendations.engine.ranking;

/**
 * The columns of a candidate's feature vector, in order. Counts enter as log(1 + x) so that a learner sees
 * ratios, not raw magnitudes that grow with the size of the graph.
 */
public enum Feature {
    // where the candidate sits relative to the firm in the graph
    COMMON_PARTNERS,
    COMMON_PARTNER_SHARE,
    ADAMIC_ADAR,
    RESOURCE_ALLOCATION,
    TWO_STEP_WALK,
    THREE_STEP_WALK,
    PROJECT_WALK_TWO_MOVES,
    PROJECT_WALK_THREE_MOVES,
    // how strong and current the candidate is
    PARTNERS,
    COLLABORATIONS,
    PARTNER_COUNTRIES,
    FOREIGN_PARTNER_SHARE,
    SME_PARTNER_SHARE,
    COLLABORATIONS_LAST_YEAR,
    YEARS_SINCE_ACTIVE,
    INNOVATION_RATE,
    IS_UNIVERSITY,
    IS_RESEARCH_ORGANISATION,
    IS_PUBLIC_BODY,
    IS_SME,
    // the firm's country and the candidate's
    COUNTRY_AFFINITY,
    PARTNERS_IN_FIRM_COUNTRY,
    PEER_FIRMS,
    PEERS_NEW_TO_MARKET,
    // what they work on
    KNOWLEDGE_FIT,
    CALL_LINE_FIT,
    ACTIVITY_IN_FIRM_AREAS,
    ACTIVITY_IN_FIRM_CALL_LINES,
    // the firm itself, so that a learner can weigh signals differently for small and large firms
    FIRM_PARTNERS,
    FIRM_COLLABORATIONS;

    public static final int COUNT = values().length;
}
