package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.OrganisationType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Organisations in Neo4j, addressed by business key only. */
@ApplicationScoped
public class OrganisationRepository {

    private static final String UPSERT = """
            MERGE (o:Organisation {key: $key})
            ON CREATE SET o.createdAt = datetime()
            SET o.name = $name, o.country = $country, o.type = $type, o.sme = $sme, o.updatedAt = datetime()
            RETURN o
            """;

    private static final String FIND = """
            MATCH (o:Organisation {key: $key})
            RETURN o
            """;

    private final Driver driver;

    public OrganisationRepository(Driver driver) {
        this.driver = driver;
    }

    /** Creates or replaces the organisation; true when it was new. */
    public boolean upsert(Organisation organisation) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean existed = tx.run(FIND, Map.of("key", organisation.key())).hasNext();
                tx.run(UPSERT, Map.of(
                        "key", organisation.key(),
                        "name", organisation.name(),
                        "country", organisation.country(),
                        "type", organisation.type().name(),
                        "sme", organisation.sme())).consume();
                return !existed;
            });
        }
    }

    public Optional<Organisation> findByKey(String key) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("key", key)).stream()
                    .findFirst()
                    .map(OrganisationRepository::toOrganisation));
        }
    }

    private static Organisation toOrganisation(Record record) {
        var node = record.get("o").asNode();
        return new Organisation(
                node.get("key").asString(),
                node.get("name").asString(),
                node.get("country").asString(),
                OrganisationType.valueOf(node.get("type").asString()),
                node.get("sme").asBoolean(false));
    }
}
