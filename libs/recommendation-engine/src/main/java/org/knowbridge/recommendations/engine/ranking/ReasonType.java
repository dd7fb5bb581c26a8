package org.knowbridge.recommendations.engine.ranking;

/** Why a partner is suggested; each type has its own figures and named entities. */
public enum ReasonType {
    /** It worked with some of the firm's partners (figures: count; entities: some of them). */
    SHARED_PARTNERS,
    /**
     * Firms of the firm's country worked with it: SMEs when the firm is one (its size), and how many share its
     * sector (figures: peers, sameSector, newToMarket, partnersInCountry; entities: the country, the sector).
     */
    PEER_FIRMS,
    /**
     * What it works on in the knowledge areas the firm works in or seeks (figures: fitPercent, collaborations,
     * latestYear; entities: the areas, path as id and label as name).
     */
    KNOWLEDGE_FIT,
    /**
     * What it works on, said when nothing it shares with the firm is (figures: collaborations, latestYear;
     * entities: the areas, path as id and label as name).
     */
    ACTIVITY,
    /** It takes part in the same lines of calls as the firm (entities: the call lines). */
    CALL_LINES,
    /**
     * It is well connected and active (figures: partners, countries, collaborationsLastYear, year); only ever a
     * further reason, never the first.
     */
    STRENGTH,
    /** Organisations of the firm's country often work with its country (figures: sharePercent; entities). */
    COUNTRY_AFFINITY,
    /** It is in one of the firm's target countries (entity: the country). */
    TARGET_COUNTRY,
    /** It is of a kind the firm prefers (entity: the kind). */
    PREFERRED_KIND,
    /** The firm has no collaborations yet: the suggestion comes from its profile alone. */
    COLD_START
}
