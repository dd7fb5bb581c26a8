package org.knowbridge.recommendations.engine.ranking;

/**
 * The columns of a candidate's feature vector, in order, each with the kind of reason it supports. Counts
 * enter as log(1 + x), so that a learner sees ratios rather than magnitudes that grow with the graph.
 */
public enum Feature {
    // where the candidate sits relative to the firm in the graph
    COMMON_PARTNERS(ReasonType.SHARED_PARTNERS),
    COMMON_PARTNER_SHARE(ReasonType.SHARED_PARTNERS),
    COMMON_FOREIGN_PARTNERS(ReasonType.SHARED_PARTNERS),
    ADAMIC_ADAR(ReasonType.SHARED_PARTNERS),
    RESOURCE_ALLOCATION(ReasonType.SHARED_PARTNERS),
    TWO_STEP_WALK(ReasonType.SHARED_PARTNERS),
    THREE_STEP_WALK(ReasonType.SHARED_PARTNERS),
    PROJECT_WALK_TWO_MOVES(ReasonType.SHARED_PARTNERS),
    PROJECT_WALK_THREE_MOVES(ReasonType.SHARED_PARTNERS),
    // how strong and current the candidate is
    PARTNERS(ReasonType.STRENGTH),
    COLLABORATIONS(ReasonType.STRENGTH),
    PARTNER_COUNTRIES(ReasonType.STRENGTH),
    FOREIGN_PARTNER_SHARE(ReasonType.STRENGTH),
    SME_PARTNER_SHARE(ReasonType.STRENGTH),
    COLLABORATIONS_LAST_YEAR(ReasonType.STRENGTH),
    YEARS_SINCE_ACTIVE(ReasonType.STRENGTH),
    INNOVATION_RATE(ReasonType.PEER_FIRMS),
    IS_UNIVERSITY(ReasonType.STRENGTH),
    IS_RESEARCH_ORGANISATION(ReasonType.STRENGTH),
    IS_PUBLIC_BODY(ReasonType.STRENGTH),
    IS_SME(ReasonType.STRENGTH),
    // the firm's country and the candidate's
    COUNTRY_AFFINITY(ReasonType.COUNTRY_AFFINITY),
    PARTNERS_IN_FIRM_COUNTRY(ReasonType.PEER_FIRMS),
    PEER_FIRMS(ReasonType.PEER_FIRMS),
    PEERS_NEW_TO_MARKET(ReasonType.PEER_FIRMS),
    // what they work on
    KNOWLEDGE_FIT(ReasonType.KNOWLEDGE_FIT),
    CALL_LINE_FIT(ReasonType.CALL_LINES),
    ACTIVITY_IN_FIRM_AREAS(ReasonType.KNOWLEDGE_FIT),
    ACTIVITY_IN_FIRM_CALL_LINES(ReasonType.CALL_LINES),
    PARTNERS_LIKE_FIRM_BY_AREAS(ReasonType.KNOWLEDGE_FIT),
    PARTNERS_LIKE_FIRM_BY_CALL_LINES(ReasonType.CALL_LINES),
    // the firm itself, so that the pool-relative columns can be told apart from firm to firm
    FIRM_PARTNERS(ReasonType.STRENGTH),
    FIRM_COLLABORATIONS(ReasonType.STRENGTH);

    public static final int COUNT = values().length;

    private final ReasonType reason;

    Feature(ReasonType reason) {
        this.reason = reason;
    }

    /** The kind of reason this feature is evidence for. */
    public ReasonType reason() {
        return reason;
    }
}
