package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Batched writes of a dataset import: one transaction per batch, one UNWIND per transaction, MERGE on
 * business keys so a re-import changes nothing. Each query reports per row whether it created, updated or
 * left the row unchanged, and organisations that changed get their event in the same transaction.
 */
@ApplicationScoped
public class ImportRepository {

    /** Rows written by one batch, by outcome; {@code missing} holds the lines whose references do not exist. */
    public record BatchResult(long created, long updated, long unchanged, List<Missing> missing) {}

    public record Missing(long line, String what) {}

    /** An area's label from its path (the last segment, as KnowledgeAreas.label), as a Cypher expression. */
    static final String AREA_LABEL =
            "trim(last(split(CASE WHEN %1$s ENDS WITH '/' THEN left(%1$s, size(%1$s) - 1) ELSE %1$s END, '/')))";

    // An erased firm's node stays erased, and a node that is a platform firm (linked to its register id) is
    // written by firm-profiles' events: for both the row changes nothing.
    private static final String ORGANISATIONS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (existing:Organisation {key: row.key})
            OPTIONAL MATCH (erased:ErasedFirm {key: row.key})
            WITH row, existing, erased,
                 CASE WHEN erased IS NOT NULL OR existing.firmId IS NOT NULL THEN 'UNCHANGED'
                      WHEN existing IS NULL THEN 'CREATED'
                      WHEN coalesce(existing.name, '') <> coalesce(row.name, '')
                        OR coalesce(existing.country, '') <> coalesce(row.country, '')
                        OR existing.type <> row.type OR coalesce(existing.sme, false) <> row.sme
                        OR coalesce(existing.city, '') <> coalesce(row.city, '')
                        OR coalesce(existing.nuts, '') <> coalesce(row.nuts, '') THEN 'UPDATED'
                      ELSE 'UNCHANGED' END AS status
            CALL (row, erased, status) {
                WITH row, status WHERE erased IS NULL
                MERGE (o:Organisation {key: row.key})
                ON CREATE SET o.createdAt = datetime(), o.source = $source
                FOREACH (_ IN CASE WHEN status <> 'UNCHANGED' THEN [1] ELSE [] END |
                    SET o.name = row.name, o.country = row.country, o.type = row.type, o.sme = row.sme,
                        o.city = row.city, o.nuts = row.nuts, o.updatedAt = datetime(),
                        o.version = coalesce(o.version, 0) + 1
                    CREATE (:OutboxEvent {id: row.event.id, topic: row.event.topic, key: row.key, type: row.event.type,
                                          payload: row.event.payload, traceparent: row.event.traceparent,
                                          createdAt: datetime(), position: row.line}))
            }
            RETURN status, count(*) AS rows, [] AS missing
            """;

    private static final String PROJECTS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (existing:Project {key: row.key})
            WITH row,
                 CASE WHEN existing IS NULL THEN 'CREATED'
                      WHEN coalesce(existing.acronym, '') <> coalesce(row.acronym, '') OR existing.year <> row.year
                        OR coalesce(existing.programme, '') <> coalesce(row.programme, '')
                        OR coalesce(existing.topic, '') <> coalesce(row.topic, '')
                        OR COLLECT { MATCH (existing)-[:IN_AREA]->(k:KnowledgeArea) RETURN k.path ORDER BY k.path } <> row.areas
                      THEN 'UPDATED'
                      ELSE 'UNCHANGED' END AS status
            MERGE (p:Project {key: row.key})
            ON CREATE SET p.createdAt = datetime(), p.source = $source
            WITH p, row, status
            CALL (p, row, status) {
                WITH p, row WHERE status <> 'UNCHANGED'
                SET p.acronym = row.acronym, p.year = row.year, p.programme = row.programme, p.topic = row.topic,
                    p.updatedAt = datetime()
                WITH p, row
                CALL (p) {
                    MATCH (p)<-[:PARTICIPATED_IN]-(o:Organisation)
                    SET o.searchStale = true
                }
                WITH p, row
                OPTIONAL MATCH (p)-[stale:IN_AREA]->(:KnowledgeArea)
                DELETE stale
                WITH DISTINCT p, row
                UNWIND row.areas AS path
                MERGE (k:KnowledgeArea {path: path})
                ON CREATE SET k.label = %s
                MERGE (p)-[:IN_AREA]->(k)
            }
            RETURN status, count(*) AS rows, [] AS missing
            """.formatted(AREA_LABEL.formatted("path"));

    // One relationship per role: an organisation may take part in a project twice (e.g. as participant and
    // as a third party of another participant).
    private static final String PARTICIPATIONS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (o:Organisation {key: row.organisation})
            OPTIONAL MATCH (p:Project {key: row.project})
            OPTIONAL MATCH (o)-[existing:PARTICIPATED_IN {role: row.role}]->(p)
            WITH row, o, p,
                 CASE WHEN o IS NULL THEN 'NO_ORGANISATION'
                      WHEN p IS NULL THEN 'NO_PROJECT'
                      WHEN existing IS NULL THEN 'CREATED'
                      WHEN existing.year <> row.year THEN 'UPDATED'
                      ELSE 'UNCHANGED' END AS status
            FOREACH (_ IN CASE WHEN status IN ['CREATED', 'UPDATED'] THEN [1] ELSE [] END |
                MERGE (o)-[r:PARTICIPATED_IN {role: row.role}]->(p)
                SET r.year = row.year, o.searchStale = true)
            RETURN status, count(*) AS rows, collect(CASE WHEN status STARTS WITH 'NO_' THEN row.line END) AS missing
            """;

    /**
     * What search reads of an organisation's projects, kept on the organisation ({@code o}) so that one full-text
     * index over organisations answers a search: its areas' paths (for the area filter and facet) and labels, its
     * projects' acronyms and topics, and its latest project year. Refreshed wherever participations or a
     * project's areas change; a new {@code areaStamp} each time tells the search's memory of areas (AreaFacets)
     * that what it holds of this organisation is old.
     */
    static final String SEARCH_FIELDS = """
            CALL (o) {
                OPTIONAL MATCH (o)-[:PARTICIPATED_IN]->(p:Project)
                WITH DISTINCT p
                OPTIONAL MATCH (p)-[:IN_AREA]->(k:KnowledgeArea)
                RETURN collect(DISTINCT k.path) AS paths, collect(DISTINCT k.label) AS labels,
                       collect(DISTINCT p.acronym) AS acronyms, collect(DISTINCT p.topic) AS topics,
                       max(p.year) AS lastYear
            }
            SET o.areaPaths = paths,
                o.areaStamp = randomUUID(),
                o.areaText = reduce(text = '', label IN labels | text + label + '. '),
                o.topicText = reduce(text = '', t IN acronyms + topics | text + t + ' '),
                o.lastProjectYear = lastYear
            """;

    /**
     * A batch of the organisations an import marked {@code searchStale} (in the transaction that changed their
     * participations or a project of theirs), brought up to date and unmarked; returns how many.
     */
    private static final String STALE_SEARCH_FIELDS = """
            MATCH (o:Organisation)
            WHERE o.searchStale = true
            WITH o LIMIT $limit
            """ + SEARCH_FIELDS + """
            REMOVE o.searchStale
            RETURN count(o) AS refreshed
            """;

    private final Driver driver;

    public ImportRepository(Driver driver) {
        this.driver = driver;
    }

    /** Rows: key, name, country, type, sme, city, nuts, line, and event (the outbox entry to add if it changes). */
    public BatchResult upsertOrganisations(List<Map<String, Object>> rows, String source) {
        return write(ORGANISATIONS, rows, source);
    }

    /** Rows: key, acronym, year, programme, topic, areas (sorted paths), line. */
    public BatchResult upsertProjects(List<Map<String, Object>> rows, String source) {
        return write(PROJECTS, rows, source);
    }

    /** Rows: organisation, project (keys), role, year, line. */
    public BatchResult upsertParticipations(List<Map<String, Object>> rows, String source) {
        return write(PARTICIPATIONS, rows, source);
    }

    /**
     * Recomputes what search reads (SEARCH_FIELDS) of up to {@code limit} organisations an import marked stale;
     * returns how many, 0 when none is left. The marks are written with the changes, so an import cut short leaves
     * them for the next one.
     */
    public long refreshStaleSearchFields(int limit) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> tx.run(STALE_SEARCH_FIELDS, Map.of("limit", limit))
                    .single()
                    .get("refreshed")
                    .asLong());
        }
    }

    private BatchResult write(String cypher, List<Map<String, Object>> rows, String source) {
        try (Session session = driver.session()) {
            List<Record> records = session.executeWrite(
                    tx -> tx.run(cypher, Map.of("rows", rows, "source", source)).list());
            long created = 0;
            long updated = 0;
            long unchanged = 0;
            List<Missing> missing = new ArrayList<>();
            for (Record record : records) {
                String status = record.get("status").asString();
                long count = record.get("rows").asLong();
                switch (status) {
                    case "CREATED" -> created += count;
                    case "UPDATED" -> updated += count;
                    case "UNCHANGED" -> unchanged += count;
                    default ->
                        record.get("missing")
                                .asList(v -> v.asLong())
                                .forEach(line -> missing.add(new Missing(
                                        line, status.equals("NO_ORGANISATION") ? "organisation" : "project")));
                }
            }
            return new BatchResult(created, updated, unchanged, missing);
        }
    }
}
