package org.knowbridge.partnergraph.repository;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Versioned schema migrations of the graph, applied in order at start-up. Each applied version is recorded
 * as a {@code :SchemaMigration} node, so a restart applies only what is new; each statement is idempotent
 * on its own too ({@code IF NOT EXISTS}, or a data rewrite that finds nothing left to do), so a crash between a
 * statement and its record is harmless.
 */
@ApplicationScoped
public class GraphSchemaMigrations {

    private static final Logger LOG = Logger.getLogger(GraphSchemaMigrations.class);

    /** One version: its statements run in order, each in a transaction of its own (schema and data never mix). */
    record Migration(int version, String description, List<String> statements) {

        Migration(int version, String description, String cypher) {
            this(version, description, List.of(cypher));
        }
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "unique organisation keys", """
                    CREATE CONSTRAINT organisation_key IF NOT EXISTS
                    FOR (o:Organisation) REQUIRE o.key IS UNIQUE
                    """),
            new Migration(2, "unique migration versions", """
                    CREATE CONSTRAINT schema_migration_version IF NOT EXISTS
                    FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE
                    """),
            new Migration(3, "unique project keys", """
                    CREATE CONSTRAINT project_key IF NOT EXISTS
                    FOR (p:Project) REQUIRE p.key IS UNIQUE
                    """),
            new Migration(4, "unique knowledge area paths", """
                    CREATE CONSTRAINT knowledge_area_path IF NOT EXISTS
                    FOR (k:KnowledgeArea) REQUIRE k.path IS UNIQUE
                    """),
            new Migration(5, "unique collaboration keys", """
                    CREATE CONSTRAINT collaboration_key IF NOT EXISTS
                    FOR (c:Collaboration) REQUIRE c.key IS UNIQUE
                    """),
            new Migration(6, "unique outbox event ids", """
                    CREATE CONSTRAINT outbox_event_id IF NOT EXISTS
                    FOR (e:OutboxEvent) REQUIRE e.id IS UNIQUE
                    """),
            new Migration(7, "outbox events in creation order", """
                    CREATE INDEX outbox_event_created IF NOT EXISTS
                    FOR (e:OutboxEvent) ON (e.createdAt)
                    """),
            new Migration(8, "organisations by kind and size, for the indicators", """
                    CREATE INDEX organisation_type_sme IF NOT EXISTS
                    FOR (o:Organisation) ON (o.type, o.sme)
                    """),
            new Migration(9, "unique erased firm keys", """
                    CREATE CONSTRAINT erased_firm_key IF NOT EXISTS
                    FOR (e:ErasedFirm) REQUIRE e.key IS UNIQUE
                    """),
            new Migration(10, "organisations by the platform firm they are", """
                    CREATE INDEX organisation_firm_id IF NOT EXISTS
                    FOR (o:Organisation) ON (o.firmId)
                    """),
            new Migration(11, "mirrored firms by their id in another register", """
                    CREATE INDEX organisation_external_id IF NOT EXISTS
                    FOR (o:Organisation) ON (o.externalId)
                    """),
            new Migration(12, "unique import job ids", """
                    CREATE CONSTRAINT import_job_id IF NOT EXISTS
                    FOR (j:ImportJob) REQUIRE j.id IS UNIQUE
                    """),
            new Migration(13, "import jobs by state, to find those left running", """
                    CREATE INDEX import_job_state IF NOT EXISTS
                    FOR (j:ImportJob) ON (j.state)
                    """),
            new Migration(14, "one link claim per firm", """
                    CREATE CONSTRAINT link_claim_firm IF NOT EXISTS
                    FOR (c:LinkClaim) REQUIRE c.firmId IS UNIQUE
                    """),
            new Migration(15, "link claims by status, for the admin's list", """
                    CREATE INDEX link_claim_status IF NOT EXISTS
                    FOR (c:LinkClaim) ON (c.status)
                    """),
            // Register nodes were once tied to a firm by its register id alone: that was never verified, so each
            // such tie becomes a pending claim and the node is the register's again until someone verifies it.
            new Migration(16, "unverified register links become pending link claims", """
                    MATCH (r:Organisation)
                    WHERE r.firmId IS NOT NULL AND r.firmId <> r.key AND coalesce(r.source, '') <> 'firm-profiles'
                      AND EXISTS { MATCH (:Organisation {key: r.firmId}) }
                    MERGE (c:LinkClaim {firmId: r.firmId})
                    ON CREATE SET c.organisationKey = r.key, c.status = 'PENDING', c.createdAt = datetime()
                    REMOVE r.firmId
                    """),
            // Numbers are not contiguous: versions are applied in list order, each recorded on its own, so a
            // number left free (or filled in later by another branch) is simply applied when it appears.
            new Migration(18, "companies are COMPANY, no longer FIRM", """
                    MATCH (o:Organisation {type: 'FIRM'})
                    SET o.type = 'COMPANY'
                    """),
            new Migration(19, "knowledge areas carry their label (the path's last segment), for search", """
                    MATCH (k:KnowledgeArea)
                    WHERE k.label IS NULL
                    SET k.label = %s
                    """.formatted(
                            ImportRepository.AREA_LABEL.formatted("k.path"))),
            new Migration(20, "full-text search over organisation names, area labels and project topics", """
                    CREATE FULLTEXT INDEX search_text IF NOT EXISTS
                    FOR (n:Organisation|KnowledgeArea|Project) ON EACH [n.name, n.label, n.acronym, n.topic]
                    OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}
                    """),
            new Migration(
                    21,
                    "organisations carry what search reads of their projects, under one full-text index",
                    List.of("""
                            CREATE FULLTEXT INDEX organisation_search IF NOT EXISTS
                            FOR (o:Organisation) ON EACH [o.name, o.areaText, o.topicText]
                            OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}
                            """, "MATCH (o:Organisation)\n" + ImportRepository.SEARCH_FIELDS)),
            new Migration(22, "collaborations by the introduction they came from", """
                    CREATE INDEX collaboration_introduction IF NOT EXISTS
                    FOR (c:Collaboration) ON (c.introductionId)
                    """),
            new Migration(
                    23,
                    "organisations by country and by type, where a search without words starts",
                    List.of("""
                            CREATE INDEX organisation_country IF NOT EXISTS
                            FOR (o:Organisation) ON (o.country)
                            """, """
                            CREATE INDEX organisation_type IF NOT EXISTS
                            FOR (o:Organisation) ON (o.type)
                            """)));

    private static final String APPLIED = """
            MATCH (m:SchemaMigration {version: $version}) RETURN count(m) > 0 AS applied
            """;

    private static final String RECORD = """
            MERGE (m:SchemaMigration {version: $version})
            ON CREATE SET m.description = $description, m.appliedAt = datetime()
            """;

    private final Driver driver;

    public GraphSchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    void onStart(@Observes StartupEvent event) {
        migrate();
    }

    public void migrate() {
        try (Session session = driver.session()) {
            for (Migration migration : MIGRATIONS) {
                Map<String, Object> params =
                        Map.of("version", migration.version(), "description", migration.description());
                boolean applied = session.executeRead(
                        tx -> tx.run(APPLIED, params).single().get("applied").asBoolean());
                if (applied) {
                    continue;
                }
                // Schema changes cannot share a transaction with data writes in Neo4j: two transactions.
                for (String statement : migration.statements()) {
                    session.executeWrite(tx -> tx.run(statement).consume());
                }
                session.executeWrite(tx -> tx.run(RECORD, params).consume());
                LOG.infof("Applied graph migration %d: %s", migration.version(), migration.description());
            }
        }
    }
}
