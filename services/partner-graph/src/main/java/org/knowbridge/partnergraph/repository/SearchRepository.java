package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.knowbridge.partnergraph.domain.OrganisationSearch;
import org.knowbridge.partnergraph.domain.Viewer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;

/**
 * Partner search: the full-text index {@code organisation_search} (English analyzer: whole words and their stems,
 * so "robots" finds "robot" and "knowledge" never "acknowledge") over organisation names and the area labels and
 * project acronyms and topics kept on each organisation (see ImportRepository.SEARCH_FIELDS). One query answers the
 * page; another, run beside it, the total and the facets of the whole result; a third, for the page only, tells why
 * each result matched (through the index {@code search_text} of areas and projects).
 */
@ApplicationScoped
public class SearchRepository {

    /** A raw result of the query: the organisation's data (with its area paths) and relevance. */
    public record Row(Map<String, Object> organisation, Double relevance) {}

    /** The total and facet counts (areas by path) of a whole result. */
    public record Facets(
            long total,
            List<Map<String, Object>> countries,
            List<Map<String, Object>> types,
            List<Map<String, Object>> sme,
            List<Map<String, Object>> areas) {}

    // One index over organisations: their names, and the area labels and project topics kept on them.
    private static final String HITS = """
            CALL db.index.fulltext.queryNodes('organisation_search', $lucene) YIELD node AS o, score
            WHERE %s
            WITH o, score AS relevance
            """;

    private static final String HITS_ORDER = """
            ORDER BY relevance DESC, o.key
            """;

    private static final String ALL = """
            MATCH (o:Organisation)
            WHERE %s
            WITH o, null AS relevance
            """;

    private static final String ALL_ORDER = """
            ORDER BY o.name, o.key
            """;

    private static final String FILTERS = """
            o.name IS NOT NULL
              AND ($country IS NULL OR o.country = $country)
              AND ($types IS NULL OR o.type IN $types)
              AND ($sme IS NULL OR coalesce(o.sme, false) = $sme)
              AND ($areaPath IS NULL
                   OR any(path IN coalesce(o.areaPaths, []) WHERE path = $areaPath OR path STARTS WITH $areaPath + '/'))
              AND ($activeSince IS NULL
                   OR coalesce(o.lastProjectYear, 0) >= $activeSince
                   OR EXISTS { MATCH (o)-[:PARTY]->(c:Collaboration)
                               WHERE c.status = 'CONFIRMED' AND coalesce(c.endYear, 9999) >= $activeSince })
              AND %s""".formatted(FirmVisibility.visible("o"));

    private static final String PAGE = """
            SKIP $offset LIMIT $limit
            RETURN {key: o.key, name: o.name, country: o.country, type: o.type, sme: o.sme, sector: o.sector,
                    areaPaths: o.areaPaths} AS organisation,
                   relevance
            """;

    // Each facet reads one property of every result once; the areas, many per organisation, cost the most.
    private static final String FACETS = """
            WITH collect(o) AS results,
                 collect(o.country) AS countryValues,
                 collect(CASE o.type WHEN 'FIRM' THEN 'COMPANY' ELSE o.type END) AS typeValues,
                 collect(toString(coalesce(o.sme, false))) AS smeValues
            CALL (countryValues) {
                UNWIND countryValues AS value
                WITH value, count(*) AS count
                ORDER BY count DESC, value
                RETURN collect({value: value, count: count}) AS countries
            }
            CALL (typeValues) {
                UNWIND typeValues AS value
                WITH value, count(*) AS count
                ORDER BY count DESC, value
                RETURN collect({value: value, count: count}) AS types
            }
            CALL (smeValues) {
                UNWIND smeValues AS value
                WITH value, count(*) AS count
                ORDER BY count DESC, value
                RETURN collect({value: value, count: count}) AS sme
            }
            CALL (results) {
                UNWIND results AS o
                UNWIND coalesce(o.areaPaths, []) AS path
                WITH path, count(*) AS count
                ORDER BY count DESC, path
                LIMIT $topAreas
                RETURN collect({path: path, count: count}) AS areas
            }
            RETURN size(results) AS total, countries, types, sme, areas
            """;

    /** Why each organisation of a page matched: by its name, which areas, which projects. */
    public record Why(Set<String> byName, Map<String, Double> areaScores, Map<String, List<String>> topics) {}

    private static final String WHY = """
            CALL () {
                CALL db.index.fulltext.queryNodes('organisation_search', $nameQuery) YIELD node
                WHERE node.key IN $keys
                RETURN collect(node.key) AS byName
            }
            CALL () {
                CALL db.index.fulltext.queryNodes('search_text', $lucene) YIELD node, score
                WHERE node:KnowledgeArea
                RETURN collect([node.path, score]) AS areas
            }
            CALL () {
                CALL db.index.fulltext.queryNodes('search_text', $lucene) YIELD node, score
                WHERE node:Project
                MATCH (node)<-[:PARTICIPATED_IN]-(o:Organisation)
                WHERE o.key IN $keys
                WITH o.key AS key, node, score
                ORDER BY score DESC
                WITH key, collect(DISTINCT coalesce(node.acronym, '') + ' (' + coalesce(node.topic, '') + ')')[0..3] AS topics
                RETURN collect([key, topics]) AS topics
            }
            RETURN byName, areas, topics
            """;

    private final Driver driver;

    public SearchRepository(Driver driver) {
        this.driver = driver;
    }

    /** Why the organisations {@code keys} match the words. */
    public Why why(List<String> words, List<String> keys) {
        String lucene = String.join(" ", words);
        Map<String, Object> params = Map.of("lucene", lucene, "nameQuery", "name:(" + lucene + ")", "keys", keys);
        try (Session session = driver.session()) {
            Record r = session.executeRead(tx -> tx.run(WHY, params).single());
            Map<String, Double> areas = new HashMap<>();
            r.get("areas")
                    .asList(v -> v)
                    .forEach(v -> areas.merge(v.get(0).asString(), v.get(1).asDouble(), Math::max));
            Map<String, List<String>> topics = new HashMap<>();
            r.get("topics")
                    .asList(v -> v)
                    .forEach(v -> topics.put(v.get(0).asString(), v.get(1).asList(t -> t.asString())));
            return new Why(Set.copyOf(r.get("byName").asList(v -> v.asString())), areas, topics);
        }
    }

    /** One page of the result, in order: by relevance with words, else by name. */
    public List<Row> page(OrganisationSearch.Criteria criteria, int offset, int limit, Viewer viewer) {
        boolean words = !criteria.words().isEmpty();
        String cypher = (words ? HITS + HITS_ORDER : ALL + ALL_ORDER).formatted(FILTERS) + PAGE;
        Map<String, Object> params = params(criteria, viewer);
        params.put("offset", offset);
        params.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params)
                    .list(r -> new Row(
                            r.get("organisation").asMap(),
                            r.get("relevance").isNull()
                                    ? null
                                    : r.get("relevance").asDouble())));
        }
    }

    /**
     * The total and facets of the whole result, read in a transaction of its own while the caller reads the page
     * (a search waits for the slower of the two, not for both in turn).
     */
    public CompletionStage<Facets> facets(OrganisationSearch.Criteria criteria, int topAreas, Viewer viewer) {
        String cypher = (criteria.words().isEmpty() ? ALL : HITS).formatted(FILTERS) + FACETS;
        Map<String, Object> params = params(criteria, viewer);
        params.put("topAreas", topAreas);
        AsyncSession session = driver.session(AsyncSession.class);
        return session.executeReadAsync(tx -> tx.runAsync(cypher, params).thenCompose(ResultCursor::singleAsync))
                .thenApply(r -> new Facets(
                        r.get("total").asLong(),
                        r.get("countries").asList(v -> v.asMap()),
                        r.get("types").asList(v -> v.asMap()),
                        r.get("sme").asList(v -> v.asMap()),
                        r.get("areas").asList(v -> v.asMap())))
                .whenComplete((facets, failure) -> session.closeAsync());
    }

    private static Map<String, Object> params(OrganisationSearch.Criteria criteria, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        // Only letters and digits reach Lucene: its query syntax is never the caller's to use.
        params.put("lucene", String.join(" ", criteria.words()));
        params.put("country", criteria.country());
        params.put("types", criteria.types());
        params.put("sme", criteria.sme());
        params.put("areaPath", criteria.areaPath());
        params.put("activeSince", criteria.activeSince());
        params.put("viewer", viewer.asParameter());
        return params;
    }
}
