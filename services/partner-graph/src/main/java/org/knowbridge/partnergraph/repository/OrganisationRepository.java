package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.VersionedOrganisation;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/** Organisations in Neo4j, addressed by business key only. */
@ApplicationScoped
public class OrganisationRepository {

    // The write lock is taken before the version is read, so two writers based on the same version cannot
    // both pass the check (the lost-update pattern of the Neo4j manual).
    private static final String LOCK = """
            MATCH (o:Organisation {key: $key})
            SET o._lock = true
            REMOVE o._lock
            RETURN coalesce(o.version, 0) AS version
            """;

    private static final String CREATE = """
            MERGE (o:Organisation {key: $key})
            ON CREATE SET o.createdAt = datetime(), o.name = $name, o.country = $country, o.type = $type, o.sme = $sme,
                o.sector = $sector, o.updatedAt = datetime(), o.version = 1, o._created = true
            WITH o, o._created IS NOT NULL AS created
            REMOVE o._created
            RETURN created
            """;

    private static final String UPDATE = """
            MATCH (o:Organisation {key: $key})
            SET o.name = $name, o.country = $country, o.type = $type, o.sme = $sme, o.sector = $sector,
                o.updatedAt = datetime(), o.version = coalesce(o.version, 0) + 1
            RETURN o.version AS version
            """;

    private static final String FIND_VISIBLE = """
            MATCH (o:Organisation {key: $key})
            WHERE %s
            RETURN o
            """.formatted(FirmVisibility.visible("o"));

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

    /** What a conditional write did; {@code version} is the organisation's version after it, or the current one. */
    public record WriteResult(Outcome outcome, long version) {}

    public enum Outcome {
        CREATED,
        UPDATED,
        EXISTS_ALREADY,
        NOT_FOUND,
        STALE
    }

    /**
     * Creates the organisation when {@code expectedVersion} is null, replaces it when it is its current
     * version, and writes nothing otherwise; a write stores the event built from the organisation in the same
     * transaction.
     */
    public WriteResult write(
            Organisation organisation, Long expectedVersion, Function<Organisation, OutboxEvent> event) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", organisation.key());
        params.put("name", organisation.name());
        params.put("country", organisation.country());
        params.put("type", organisation.type().name());
        params.put("sme", organisation.sme());
        params.put("sector", organisation.sector());
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Record> current =
                        tx.run(LOCK, Map.of("key", organisation.key())).list();
                WriteResult result;
                if (current.isEmpty() && expectedVersion == null) {
                    // Another writer may have created it since: MERGE then changes nothing and says so.
                    boolean created =
                            tx.run(CREATE, params).single().get("created").asBoolean();
                    result = new WriteResult(created ? Outcome.CREATED : Outcome.EXISTS_ALREADY, 1);
                } else if (current.isEmpty()) {
                    result = new WriteResult(Outcome.NOT_FOUND, 0);
                } else {
                    long version = current.get(0).get("version").asLong();
                    if (expectedVersion == null) {
                        result = new WriteResult(Outcome.EXISTS_ALREADY, version);
                    } else if (expectedVersion != version) {
                        result = new WriteResult(Outcome.STALE, version);
                    } else {
                        result = new WriteResult(
                                Outcome.UPDATED,
                                tx.run(UPDATE, params).single().get("version").asLong());
                    }
                }
                if (result.outcome() == Outcome.CREATED || result.outcome() == Outcome.UPDATED) {
                    OutboxRepository.append(tx, List.of(event.apply(organisation)));
                }
                return result;
            });
        }
    }

    /** The organisation with its version, when {@code viewer} may see it. */
    public Optional<VersionedOrganisation> findVersioned(String key, Viewer viewer) {
        try (Session session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run(FIND_VISIBLE, Map.of("key", key, "viewer", viewer.asParameter())).stream()
                            .findFirst()
                            .map(r -> new VersionedOrganisation(
                                    toOrganisation(r),
                                    r.get("o").asNode().get("version").asLong(0))));
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
                    .single()
                    .get("found")
                    .asBoolean());
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
