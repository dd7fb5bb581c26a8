package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.partnergraph.domain.OrganisationSearch;
import org.knowbridge.partnergraph.domain.Viewer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Partner search: the full-text index {@code search_text} (English analyzer: whole words and their stems, so
 * "robots" finds "robot" and "knowledge" never "acknowledge") over organisation names, knowledge area labels and
 * project acronyms and topics. A hit on an area or a project counts for the organisations that took part in its
 * projects. One query answers the page, the total and the facets, so facets cover the whole result.
 */
@ApplicationScoped
public class SearchRepository {

    /** A raw result of the query: the organisation node's data, relevance and matches as the graph holds them. */
    public record Row(Map<String, Object> organisation, Double relevance, List<Map<String, Object>> matches) {}

    /** The page, the total and facet counts (areas by path). */
    public record Answer(
            List<Row> page,
            long total,
            List<Map<String, Object>> countries,
            List<Map<String, Object>> types,
            List<Map<String, Object>> sme,
            List<Map<String, Object>> areas) {}

    // A name hit weighs double; an area hit grows with the organisation's projects in the area, damped.
    private static final String HITS = """
            CALL db.index.fulltext.queryNodes('search_text', $lucene) YIELD node, score
            CALL (node, score) {
                WITH node, score WHERE node:Organisation
                RETURN node AS o, 'NAME' AS on, node.name AS text, 2.0 * score AS weight
              UNION ALL
                WITH node, score WHERE node:KnowledgeArea
                MATCH (node)<-[:IN_AREA]-(:Project)<-[:PARTICIPATED_IN]-(o:Organisation)
                WITH o, node, score, count(*) AS projects
                RETURN o, 'AREA' AS on, node.path AS text, score * (1.0 + log(projects)) AS weight
              UNION ALL
                WITH node, score WHERE node:Project
                MATCH (node)<-[:PARTICIPATED_IN]-(o:Organisation)
                WITH DISTINCT o, node, score
                RETURN o, 'TOPIC' AS on, coalesce(node.acronym, '') + ' (' + coalesce(node.topic, '') + ')' AS text,
                       score AS weight
            }
            WITH o, on, text, weight
            WHERE %s
            WITH o, sum(weight) AS relevance, collect({on: on, text: text, weight: weight}) AS matches
            ORDER BY relevance DESC, o.key
            WITH o, relevance, COLLECT { UNWIND matches AS m RETURN m ORDER BY m.weight DESC LIMIT 3 } AS matches
            """;

    private static final String ALL = """
            MATCH (o:Organisation)
            WHERE %s
            WITH o, null AS relevance, [] AS matches
            ORDER BY o.name, o.key
            """;

    private static final String FILTERS = """
            o.name IS NOT NULL
              AND ($country IS NULL OR o.country = $country)
              AND ($types IS NULL OR o.type IN $types)
              AND ($sme IS NULL OR coalesce(o.sme, false) = $sme)
              AND ($areaPath IS NULL OR EXISTS {
                    MATCH (o)-[:PARTICIPATED_IN]->(:Project)-[:IN_AREA]->(k:KnowledgeArea)
                    WHERE k.path = $areaPath OR k.path STARTS WITH $areaPath + '/' })
              AND ($activeSince IS NULL
                   OR EXISTS { MATCH (o)-[:PARTICIPATED_IN]->(p:Project) WHERE p.year >= $activeSince }
                   OR EXISTS { MATCH (o)-[:PARTY]->(c:Collaboration)
                               WHERE c.status = 'CONFIRMED' AND coalesce(c.endYear, 9999) >= $activeSince })
              AND %s""".formatted(FirmVisibility.visible("o"));

    private static final String ANSWER = """
            WITH collect({o: o, relevance: relevance, matches: matches}) AS results
            CALL (results) {
                UNWIND results AS r
                WITH r.o.country AS value, count(*) AS count
                ORDER BY count DESC, value
                RETURN collect({value: value, count: count}) AS countries
            }
            CALL (results) {
                UNWIND results AS r
                WITH CASE r.o.type WHEN 'FIRM' THEN 'COMPANY' ELSE r.o.type END AS value, count(*) AS count
                ORDER BY count DESC, value
                RETURN collect({value: value, count: count}) AS types
            }
            CALL (results) {
                UNWIND results AS r
                WITH toString(coalesce(r.o.sme, false)) AS value, count(*) AS count
                ORDER BY count DESC, value
                RETURN collect({value: value, count: count}) AS sme
            }
            CALL (results) {
                UNWIND results AS r
                WITH r.o AS o
                MATCH (o)-[:PARTICIPATED_IN]->(:Project)-[:IN_AREA]->(k:KnowledgeArea)
                WITH k.path AS path, count(DISTINCT o) AS count
                ORDER BY count DESC, path
                LIMIT $topAreas
                RETURN collect({path: path, count: count}) AS areas
            }
            RETURN size(results) AS total,
                   [r IN results[$offset..($offset + $limit)] |
                       {organisation: properties(r.o), relevance: r.relevance, matches: r.matches}] AS page,
                   countries, types, sme, areas
            """;

    private final Driver driver;

    public SearchRepository(Driver driver) {
        this.driver = driver;
    }

    public Answer search(OrganisationSearch.Criteria criteria, int offset, int limit, int topAreas, Viewer viewer) {
        boolean words = !criteria.words().isEmpty();
        String cypher = (words ? HITS.formatted(FILTERS) : ALL.formatted(FILTERS)) + ANSWER;
        Map<String, Object> params = new HashMap<>();
        // Only letters and digits reach Lucene: its query syntax is never the caller's to use.
        params.put("lucene", String.join(" ", criteria.words()));
        params.put("country", criteria.country());
        params.put("types", criteria.types());
        params.put("sme", criteria.sme());
        params.put("areaPath", criteria.areaPath());
        params.put("activeSince", criteria.activeSince());
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("topAreas", topAreas);
        params.put("viewer", viewer.asParameter());
        try (Session session = driver.session()) {
            Record r = session.executeRead(tx -> tx.run(cypher, params).single());
            return new Answer(
                    r.get("page")
                            .asList(v -> new Row(
                                    v.get("organisation").asMap(),
                                    v.get("relevance").isNull()
                                            ? null
                                            : v.get("relevance").asDouble(),
                                    v.get("matches").asList(m -> m.asMap()))),
                    r.get("total").asLong(),
                    r.get("countries").asList(v -> v.asMap()),
                    r.get("types").asList(v -> v.asMap()),
                    r.get("sme").asList(v -> v.asMap()),
                    r.get("areas").asList(v -> v.asMap()));
        }
    }
}
