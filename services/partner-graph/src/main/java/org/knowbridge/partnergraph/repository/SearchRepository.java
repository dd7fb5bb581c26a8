package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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

    private static final String BY_RELEVANCE = """
            ORDER BY relevance DESC, o.key
            """;

    private static final String BY_NAME = """
            ORDER BY o.name, o.key
            """;

    private static final String PAGE = """
            SKIP $offset LIMIT $limit
            RETURN {key: o.key, name: o.name, country: o.country, type: o.type, sme: o.sme, sector: o.sector,
                    areaPaths: o.areaPaths} AS organisation,
                   relevance
            """;

    // Each facet reads one property of every result once; the areas are counted in memory (AreaFacets).
    private static final String FACETS = """
            WITH collect([o.key, o.areaStamp]) AS stamps,
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
            RETURN stamps, countries, types, sme
            """;

    // In the facets' transaction, so that the areas read belong to the same snapshot as the stamps.
    private static final String AREAS_OF = """
            UNWIND $keys AS key
            MATCH (o:Organisation {key: key})
            RETURN o.key AS key, o.areaStamp AS stamp, coalesce(o.areaPaths, []) AS paths
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
    private final AreaFacets areaFacets;

    public SearchRepository(Driver driver, AreaFacets areaFacets) {
        this.driver = driver;
        this.areaFacets = areaFacets;
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
        String order = criteria.words().isEmpty() ? BY_NAME : BY_RELEVANCE;
        String cypher = SearchMatching.results(criteria) + order + PAGE;
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
        String cypher = SearchMatching.results(criteria) + FACETS;
        Map<String, Object> params = params(criteria, viewer);
        AsyncSession session = driver.session(AsyncSession.class);
        return session.executeReadAsync(tx -> tx.runAsync(cypher, params)
                        .thenCompose(ResultCursor::singleAsync)
                        .thenCompose(r -> {
                            Map<String, String> stamps = new HashMap<>();
                            r.get("stamps")
                                    .asList(v -> v)
                                    .forEach(v -> stamps.put(
                                            v.get(0).asString(),
                                            v.get(1).isNull() ? null : v.get(1).asString()));
                            List<String> unknown = areaFacets.unknown(stamps);
                            CompletionStage<List<AreaFacets.Areas>> read = unknown.isEmpty()
                                    ? CompletableFuture.completedFuture(List.of())
                                    : tx.runAsync(AREAS_OF, Map.of("keys", unknown))
                                            .thenCompose(c -> c.listAsync(a -> new AreaFacets.Areas(
                                                    a.get("key").asString(),
                                                    a.get("stamp").isNull()
                                                            ? null
                                                            : a.get("stamp").asString(),
                                                    a.get("paths").asList(p -> p.asString()))));
                            return read.thenApply(areas -> new Facets(
                                    stamps.size(),
                                    r.get("countries").asList(v -> v.asMap()),
                                    r.get("types").asList(v -> v.asMap()),
                                    r.get("sme").asList(v -> v.asMap()),
                                    areaFacets.top(stamps, areas, topAreas)));
                        }))
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
