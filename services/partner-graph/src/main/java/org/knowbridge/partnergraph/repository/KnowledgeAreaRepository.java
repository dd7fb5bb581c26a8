package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** What the taxonomy is built from: every area's path, and each project's areas and participants. */
@ApplicationScoped
public class KnowledgeAreaRepository {

    /** A project's area paths and the keys of the organisations that took part in it. */
    public record ProjectAreas(List<String> areas, List<String> participants) {}

    // Counts from the store's statistics, answered without a scan: the taxonomy is rebuilt when they move.
    private static final String FINGERPRINT = """
            CALL () { MATCH (k:KnowledgeArea) RETURN count(k) AS areas }
            CALL () { MATCH ()-[r:IN_AREA]->() RETURN count(r) AS inArea }
            CALL () { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS participations }
            RETURN areas + ':' + inArea + ':' + participations AS fingerprint
            """;

    private static final String PATHS = """
            MATCH (k:KnowledgeArea) RETURN k.path AS path
            """;

    private static final String PROJECTS = """
            MATCH (p:Project)-[:IN_AREA]->(k:KnowledgeArea)
            WITH p, collect(k.path) AS areas
            RETURN areas, COLLECT { MATCH (o:Organisation)-[:PARTICIPATED_IN]->(p) RETURN DISTINCT o.key } AS participants
            """;

    private final Driver driver;

    public KnowledgeAreaRepository(Driver driver) {
        this.driver = driver;
    }

    public String fingerprint() {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(FINGERPRINT).single().get("fingerprint").asString());
        }
    }

    public List<String> paths() {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(PATHS).list(r -> r.get("path").asString()));
        }
    }

    public List<ProjectAreas> projects() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(PROJECTS, Map.of())
                    .list(r -> new ProjectAreas(
                            r.get("areas").asList(v -> v.asString()),
                            r.get("participants").asList(v -> v.asString()))));
        }
    }
}
