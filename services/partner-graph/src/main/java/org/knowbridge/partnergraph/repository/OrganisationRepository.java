package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.OrganisationType;
import org.knowbridge.partnergraph.event.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/** Organisations in Neo4j, addressed by business key only. */
@ApplicationScoped
public class OrganisationRepository {

    private static final String UPSERT = """
            MERGE (o:Organisation {key: $key})
            ON CREATE SET o.createdAt = datetime()
            SET o.name = $name, o.country = $country, o.type = $type, o.sme = $sme, o.sector = $sector,
                o.updatedAt = datetime()
            RETURN o
            """;

    private static final String FIND = """
            MATCH (o:Organisation {key: $key})
            RETURN o
            """;

    private static final String FIND_MANY = """
            UNWIND $keys AS key
            MATCH (o:Organisation {key: key})
            RETURN o
            """;

    // A node linked to a platform firm (firmId) counts as that firm: the agency onboarded the same firm.
    private static final String ANY_ONBOARDED_BY = """
            UNWIND $keys AS key
            MATCH (o:Organisation {key: key})
            OPTIONAL MATCH (firm:Organisation {key: o.firmId})
            WITH coalesce(o.onboardedBy, firm.onboardedBy) AS agency
            WHERE agency = $agency
            RETURN count(*) > 0 AS found
            """;

    private final Driver driver;

    public OrganisationRepository(Driver driver) {
        this.driver = driver;
    }

    /**
     * Creates or replaces the organisation and stores the event built from it in the same transaction;
     * true when it was new.
     */
    public boolean upsert(Organisation organisation, Function<Organisation, OutboxEvent> event) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean existed = tx.run(FIND, Map.of("key", organisation.key())).hasNext();
                Map<String, Object> params = new HashMap<>();
                params.put("key", organisation.key());
                params.put("name", organisation.name());
                params.put("country", organisation.country());
                params.put("type", organisation.type().name());
                params.put("sme", organisation.sme());
                params.put("sector", organisation.sector());
                tx.run(UPSERT, params).consume();
                OutboxRepository.append(tx, List.of(event.apply(organisation)));
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

    /** The organisations among {@code keys} that exist, by key. */
    public Map<String, Organisation> findByKeys(List<String> keys) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND_MANY, Map.of("keys", keys)).stream()
                    .map(OrganisationRepository::toOrganisation)
                    .collect(java.util.stream.Collectors.toMap(Organisation::key, o -> o, (a, b) -> a)));
        }
    }

    /** True when one of the organisations is (or is linked to) a firm onboarded by the agency {@code agency}. */
    public boolean anyOnboardedBy(List<String> keys, String agency) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(ANY_ONBOARDED_BY, Map.of("keys", keys, "agency", agency))
                    .single().get("found").asBoolean());
        }
    }

    static Organisation toOrganisation(Record record) {
        return toOrganisation(record.get("o").asNode());
    }

    static Organisation toOrganisation(Node node) {
        return new Organisation(
                node.get("key").asString(),
                node.get("name").asString(null),
                node.get("country").asString(null),
                OrganisationType.valueOf(node.get("type").asString()),
                node.get("sme").asBoolean(false),
                node.get("sector").asString(null));
    }
}
