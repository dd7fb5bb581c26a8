package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.Stewardship;
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
            RETURN coalesce(o.version, 0) AS version, %s AS platformFirm
            """.formatted(platformFirm("o"));

    // A firm id that was erased stays the firm's: the API cannot bring it back under that key either.
    private static final String ERASED = """
            OPTIONAL MATCH (erased:ErasedFirm {key: $key})
            RETURN erased IS NOT NULL AS erased
            """;

    private static final String CREATE = """
            MERGE (o:Organisation {key: $key})
            ON CREATE SET o.createdAt = datetime(), o.name = $name, o.country = $country, o.type = $type, o.sme = $sme,
                o.sector = $sector, o.updatedAt = datetime(), o.version = 1, o.createdBy = $createdBy,
                o.createdByUser = $createdByUser, o._created = true
            WITH o, o._created IS NOT NULL AS created
            REMOVE o._created
            FOREACH (_ IN CASE WHEN created AND $byPartner THEN [1] ELSE [] END | SET o.maintainedByPartner = true)
            RETURN created
            """;

    private static final String UPDATE = """
            MATCH (o:Organisation {key: $key})
            SET o.name = $name, o.country = $country, o.type = $type, o.sme = $sme, o.sector = $sector,
                o.updatedAt = datetime(), o.version = coalesce(o.version, 0) + 1
            FOREACH (_ IN CASE WHEN $byPartner THEN [1] ELSE [] END | SET o.maintainedByPartner = true)
            RETURN o.version AS version
            """;

    // A register node linked to a firm (firmId) counts as that firm, onboarded by the same agency.
    private static final String STEWARDSHIP = """
            UNWIND $keys AS key
            MATCH (o:Organisation {key: key})
            OPTIONAL MATCH (firm:Organisation {key: o.firmId})
            RETURN o.key AS key, %s AS platformFirm, o.firmId AS firmId,
                   coalesce(o.onboardedBy, firm.onboardedBy) AS onboardedBy, o.createdBy AS createdBy,
                   coalesce(o.maintainedByPartner, false) AS partnerOrganisation
            """.formatted(platformFirm("o"));

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

    private final Driver driver;

    /**
     * The node a key names: a firm linked to its register's node is addressed by its firm id too, so the firm
     * id of a linked firm answers with the register node's key; any other key is itself.
     */
    public String resolve(String key) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> FirmMirrorRepository.linked(tx, key))
                    .orElse(key);
        }
    }

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
        STALE,
        /** The key is a platform firm's (mirrored, linked or erased): firm-profiles writes it, not this API. */
        PLATFORM_FIRM
    }

    /** Who writes: the org_id recorded as creator (null for an admin), the user, and whether a partner writes its own. */
    public record Writer(String createdBy, String username, boolean partner) {}

    /** The nodes of a platform firm: those firm-profiles' events write (the mirror) or link (firmId). */
    static String platformFirm(String node) {
        return "(%1$s.firmId IS NOT NULL OR coalesce(%1$s.source, '') = 'firm-profiles')".formatted(node);
    }

    /**
     * Creates the organisation when {@code expectedVersion} is null, replaces it when it is its current
     * version, and writes nothing otherwise; a write stores the event built from the organisation in the same
     * transaction. A platform firm's node is never written here, checked under the node's lock.
     */
    public WriteResult write(
            Organisation organisation, Long expectedVersion, Writer writer, Function<Organisation, OutboxEvent> event) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", organisation.key());
        params.put("name", organisation.name());
        params.put("country", organisation.country());
        params.put("type", organisation.type().name());
        params.put("sme", organisation.sme());
        params.put("sector", organisation.sector());
        params.put("createdBy", writer.createdBy());
        params.put("createdByUser", writer.username());
        params.put("byPartner", writer.partner());
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Record> current =
                        tx.run(LOCK, Map.of("key", organisation.key())).list();
                WriteResult result;
                if (current.isEmpty()
                        ? tx.run(ERASED, Map.of("key", organisation.key()))
                                .single()
                                .get("erased")
                                .asBoolean()
                        : current.get(0).get("platformFirm").asBoolean()) {
                    result = new WriteResult(Outcome.PLATFORM_FIRM, 0);
                } else if (current.isEmpty() && expectedVersion == null) {
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

    /** Who answers for each of the organisations that exist among {@code keys}, by key. */
    public Map<String, Stewardship> stewardship(List<String> keys) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(STEWARDSHIP, Map.of("keys", keys)).stream()
                    .map(r -> new Stewardship(
                            r.get("key").asString(),
                            r.get("platformFirm").asBoolean(),
                            r.get("firmId").asString(null),
                            r.get("onboardedBy").asString(null),
                            r.get("createdBy").asString(null),
                            r.get("partnerOrganisation").asBoolean()))
                    .collect(java.util.stream.Collectors.toMap(Stewardship::key, s -> s, (a, b) -> a)));
        }
    }

    public Optional<Stewardship> stewardship(String key) {
        return Optional.ofNullable(stewardship(List.of(key)).get(key));
    }

    static Organisation toOrganisation(Record record) {
        return toOrganisation(record.get("o").asNode());
    }

    static Organisation toOrganisation(Node node) {
        return new Organisation(
                node.get("key").asString(),
                node.get("name").asString(null),
                node.get("country").asString(null),
                OrganisationType.stored(node.get("type").asString(null)).orElse(OrganisationType.OTHER),
                node.get("sme").asBoolean(false),
                node.get("sector").asString(null));
    }
}
