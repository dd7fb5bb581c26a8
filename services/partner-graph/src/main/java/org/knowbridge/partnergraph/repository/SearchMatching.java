package org.knowbridge.partnergraph.repository;

import java.util.ArrayList;
import java.util.List;
import org.knowbridge.partnergraph.domain.OrganisationSearch;

/**
 * The part of a search's query that finds its results, as {@code o} and {@code relevance}: it starts from the most
 * selective index the criteria allow (the full-text index for words, the path index for a narrow area, the country or
 * the type index) and names only the filters the search uses. A predicate of the form {@code $x IS NULL OR ...}
 * would keep the planner from using any index, so that every search without words read all organisations.
 */
final class SearchMatching {

    private static final String WORDS = """
            CALL db.index.fulltext.queryNodes('organisation_search', $lucene) YIELD node AS o, score
            WITH o, score AS relevance
            """;

    // Through the projects of a narrow area and of everything under it: the path index finds the areas.
    private static final String AREA = """
            MATCH (k:KnowledgeArea)
            WHERE k.path = $areaPath OR k.path STARTS WITH $areaPath + '/'
            MATCH (k)<-[:IN_AREA]-(:Project)<-[:PARTICIPATED_IN]-(found:Organisation)
            WITH DISTINCT found AS o
            WITH o, null AS relevance
            """;

    private static final String COUNTRY = """
            MATCH (o:Organisation {country: $country})
            WITH o, null AS relevance
            """;

    private static final String TYPE = """
            MATCH (o:Organisation)
            WHERE o.type IN $types
            WITH o, null AS relevance
            """;

    private static final String EVERY = """
            MATCH (o:Organisation)
            WITH o, null AS relevance
            """;

    private static final String IN_AREA =
            "any(path IN coalesce(o.areaPaths, []) WHERE path = $areaPath OR path STARTS WITH $areaPath + '/')";

    private static final String ACTIVE_SINCE = """
            (coalesce(o.lastProjectYear, 0) >= $activeSince
               OR EXISTS { MATCH (o)-[:PARTY]->(c:Collaboration)
                           WHERE c.status = 'CONFIRMED' AND coalesce(c.endYear, 9999) >= $activeSince })""";

    /**
     * Up to this many organisations an area's projects lead to them faster than reading every organisation's areas
     * (measured on the CORDIS data: an area of 2,700 organisations 3 × faster, one of 15,000 4 × slower).
     */
    static final int NARROW_AREA = 5_000;

    private SearchMatching() {}

    /** The results of {@code criteria} that the viewer ({@code $viewer}) may see; in no particular order. */
    static String results(OrganisationSearch.Criteria criteria) {
        List<String> where = new ArrayList<>();
        where.add("o.name IS NOT NULL");
        String source;
        if (!criteria.words().isEmpty()) {
            source = WORDS;
        } else if (criteria.areaPath() != null && criteria.areaSize() <= NARROW_AREA) {
            source = AREA;
        } else if (criteria.country() != null) {
            source = COUNTRY;
        } else if (criteria.types() != null) {
            source = TYPE;
        } else {
            source = EVERY;
        }
        if (criteria.country() != null && source != COUNTRY) {
            where.add("o.country = $country");
        }
        if (criteria.types() != null && source != TYPE) {
            where.add("o.type IN $types");
        }
        if (criteria.sme() != null) {
            where.add("coalesce(o.sme, false) = $sme");
        }
        if (criteria.areaPath() != null && source != AREA) {
            where.add(IN_AREA);
        }
        if (criteria.activeSince() != null) {
            where.add(ACTIVE_SINCE);
        }
        where.add(FirmVisibility.visible("o"));
        return source + "WHERE " + String.join("\n  AND ", where) + "\n";
    }
}
