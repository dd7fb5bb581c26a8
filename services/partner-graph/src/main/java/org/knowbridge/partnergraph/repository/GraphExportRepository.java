package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.knowbridge.partnergraph.domain.ExportLine;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * The whole graph, read in one transaction (one consistent snapshot) and handed on record by record as the
 * driver fetches them, so an export of any size never sits in memory at once.
 */
@ApplicationScoped
public class GraphExportRepository {

    // Declared knowledge areas of a mirrored firm are a list property; imported organisations have none.
    private static final String ORGANISATIONS = """
            MATCH (o:Organisation)
            WHERE o.key IS NOT NULL
            OPTIONAL MATCH (firm:Organisation {key: o.firmId})
            RETURN o.key AS key, o.name AS name, o.country AS country,
                   CASE o.type WHEN 'FIRM' THEN 'COMPANY' ELSE o.type END AS type, coalesce(o.sme, false) AS sme,
                   o.sector AS sector, o.firmId AS firmId, coalesce(o.onboardedBy, firm.onboardedBy) AS onboardedBy,
                   coalesce(o.knowledgeAreas, []) AS knowledgeAreas
            ORDER BY o.key
            """;

    private static final String PROJECTS = """
            MATCH (p:Project)
            WHERE p.key IS NOT NULL
            RETURN p.key AS key, p.year AS year, p.acronym AS acronym, p.programme AS programme, p.topic AS topic,
                   COLLECT { MATCH (p)-[:IN_AREA]->(k:KnowledgeArea) RETURN k.path ORDER BY k.path } AS knowledgeAreas,
                   COLLECT { MATCH (o:Organisation)-[:PARTICIPATED_IN]->(p) WITH DISTINCT o.key AS participant
                             RETURN participant ORDER BY participant } AS participants
            ORDER BY p.key
            """;

    // Collaborations have no knowledge areas of their own yet: the field is there for when they do.
    // Pending claims are no part of the graph others see: only confirmed collaborations (none without a status
    // were recorded before claims could wait).
    private static final String COLLABORATIONS = """
            MATCH (c:Collaboration)
            WHERE c.key IS NOT NULL
              AND coalesce(c.status, 'CONFIRMED') = 'CONFIRMED'
            RETURN c.key AS key, c.channel AS channel, c.startYear AS startYear, c.endYear AS endYear,
                   c.outcome AS outcome, c.source AS source,
                   COLLECT { MATCH (o:Organisation)-[p:PARTY]->(c)
                             RETURN {organisationKey: o.key, partnerKind: p.partnerKind} AS party ORDER BY o.key } AS parties,
                   [] AS knowledgeAreas
            ORDER BY c.key
            """;

    private static final int FETCH_SIZE = 2000;

    private final Driver driver;

    public GraphExportRepository(Driver driver) {
        this.driver = driver;
    }

    /** Hands every organisation, then every project, then every collaboration to {@code sink}, each kind by key. */
    public void export(Consumer<ExportLine> sink) {
        SessionConfig config = SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(FETCH_SIZE)
                .build();
        // An explicit transaction, not executeRead: a retry after lines were sent would send them twice.
        try (Session session = driver.session(config);
                Transaction tx = session.beginTransaction()) {
            Result organisations = tx.run(ORGANISATIONS);
            while (organisations.hasNext()) {
                var r = organisations.next();
                sink.accept(new ExportLine.OrganisationLine(
                        r.get("key").asString(),
                        r.get("name").asString(null),
                        r.get("country").asString(null),
                        r.get("type").asString(null),
                        r.get("sme").asBoolean(),
                        r.get("sector").asString(null),
                        r.get("firmId").asString(null),
                        r.get("onboardedBy").asString(null),
                        r.get("knowledgeAreas").asList(Value::asString)));
            }
            Result projects = tx.run(PROJECTS);
            while (projects.hasNext()) {
                var r = projects.next();
                sink.accept(new ExportLine.ProjectLine(
                        r.get("key").asString(),
                        PartnerQueryRepository.intOrNull(r.get("year")),
                        r.get("acronym").asString(null),
                        r.get("programme").asString(null),
                        r.get("topic").asString(null),
                        r.get("knowledgeAreas").asList(Value::asString),
                        r.get("participants").asList(Value::asString)));
            }
            Result collaborations = tx.run(COLLABORATIONS);
            while (collaborations.hasNext()) {
                var r = collaborations.next();
                sink.accept(new ExportLine.CollaborationLine(
                        r.get("key").asString(),
                        r.get("channel").asString(),
                        r.get("startYear").asInt(),
                        PartnerQueryRepository.intOrNull(r.get("endYear")),
                        r.get("outcome").asString(),
                        r.get("source").asString(),
                        r.get("parties")
                                .asList(v -> new ExportLine.Party(
                                        v.get("organisationKey").asString(),
                                        v.get("partnerKind").asString())),
                        r.get("knowledgeAreas").asList(Value::asString)));
            }
        }
    }
}
