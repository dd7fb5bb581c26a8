package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowbridge.partnergraph.domain.FirmChange;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Firms of firm-profiles mirrored as organisations: one node per firm. Idempotent: a firm is written only when it
 * differs, and an erased firm leaves a tombstone ({@code :ErasedFirm}, its key only) so that a replayed or late
 * event can never bring it back.
 *
 * <p>A firm is its own node, keyed by its firm id, until a claim that it is an existing organisation of another
 * register ({@code externalId}, e.g. {@code cordis:999908587}) is verified ({@link LinkRepository}): from then on
 * the register's node is the firm ({@code firmId} set, the firm's fields written there) and the firm's own node
 * is gone. Later events keep writing the linked node while they name the same register id; an event naming
 * another (or none) ends the link and the firm gets its own node again, with a new claim. The node's
 * {@code firmId} answers "which node is this firm?".
 */
@ApplicationScoped
public class FirmMirrorRepository {

    /** Per firm of a run: whether it was erased, and the register node a verified link made it (or null). */
    private static final String STATES = """
            UNWIND $keys AS key
            OPTIONAL MATCH (erased:ErasedFirm {key: key})
            OPTIONAL MATCH (linked:Organisation {firmId: key})
            WHERE linked.key <> key
            WITH key, erased IS NOT NULL AS erased, collect(linked.key) AS linked
            RETURN key, erased, head(linked) AS linked
            """;

    /** The register node a verified link made this firm, if any. */
    static final String LINKED = """
            MATCH (linked:Organisation {firmId: $key})
            WHERE linked.key <> $key
            RETURN linked.key AS key
            LIMIT 1
            """;

    // One row per firm (row.node: its own node or its linked register node). A firm on its own node first drops the
    // claims its event no longer makes (one naming another register id than the event, or none, is void; a verified
    // one was the link's, which ended) and claims the register id it names; a rejected claim stays rejected when the
    // same id comes again (a replay, a later event). onboardedBy, externalId, knowledgeAreas, status, listed and
    // sizeClass are not part of OrganisationUpserted: written without an event. status and listed decide who may see
    // the firm (FirmVisibility). MERGE creates the firm's own node; a linked register node exists already.
    private static final String WRITE = """
            UNWIND $rows AS row
            CALL (row) {
                MATCH (claim:LinkClaim {firmId: row.key})
                WHERE row.ownNode AND (row.externalId IS NULL OR claim.organisationKey <> row.externalId
                                       OR claim.status = 'VERIFIED')
                DELETE claim
            }
            CALL (row) {
                WITH row WHERE row.ownNode AND row.externalId IS NOT NULL AND row.externalId <> row.key
                MERGE (claim:LinkClaim {firmId: row.key})
                ON CREATE SET claim.organisationKey = row.externalId, claim.status = 'PENDING',
                              claim.claimedBy = row.onboardedBy, claim.createdAt = datetime()
            }
            MERGE (o:Organisation {key: row.node})
            ON CREATE SET o.createdAt = datetime(), o.source = 'firm-profiles'
            WITH row, o, o.name IS NULL OR o.name <> row.name OR coalesce(o.country, '') <> row.country
                    OR o.type <> 'COMPANY' OR coalesce(o.sme, false) <> row.sme
                    OR coalesce(o.sector, '') <> coalesce(row.sector, '') AS changed
            SET o.onboardedBy = row.onboardedBy, o.externalId = row.externalId, o.firmId = row.key,
                o.knowledgeAreas = row.knowledgeAreas, o.status = row.status, o.listed = row.listed,
                o.sizeClass = row.sizeClass
            FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
                SET o.name = row.name, o.country = row.country, o.type = 'COMPANY', o.sme = row.sme,
                    o.sector = row.sector, o.updatedAt = datetime(), o.version = coalesce(o.version, 0) + 1)
            RETURN row.key AS key, changed
            """;

    // The register node is public data of its register: it stays, no longer this firm.
    private static final String UNLINK = """
            MATCH (linked:Organisation {key: $node})
            REMOVE linked.firmId, linked.onboardedBy, linked.externalId, linked.knowledgeAreas, linked.status,
                   linked.listed, linked.sizeClass
            SET linked.updatedAt = datetime(), linked.version = coalesce(linked.version, 0) + 1
            RETURN linked
            """;

    // A collaboration has two sides: without the erased firm it means nothing, so it goes too (a pending claim too).
    private static final String ERASE_COLLABORATIONS = """
            MATCH (:Organisation {key: $node})-[:PARTY|PENDING_PARTY]->(c:Collaboration)
            DETACH DELETE c
            """;

    private static final String ERASE_ORGANISATION = """
            MATCH (o:Organisation {key: $node})
            DETACH DELETE o
            RETURN count(*) AS erased
            """;

    // The firm's id, and the register key its node had: neither an event, nor an import, nor the API brings it back.
    private static final String TOMBSTONE = """
            UNWIND $keys AS key
            MERGE (e:ErasedFirm {key: key})
            """;

    private static final String DROP_CLAIM = """
            MATCH (claim:LinkClaim {firmId: $key})
            DELETE claim
            """;

    private final Driver driver;

    public FirmMirrorRepository(Driver driver) {
        this.driver = driver;
    }

    /**
     * Applies the changes in order, in one transaction: a replayed topic or an agency's onboarding goes by in a few
     * big commits, each run of upserts with one statement to read the firms' state and one to write them.
     */
    public void apply(List<FirmChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                for (List<FirmChange> run : runs(changes)) {
                    if (run.getFirst().firm() == null) {
                        erase(tx, run.getFirst());
                    } else {
                        upsert(tx, run);
                    }
                }
            });
        }
    }

    /**
     * The changes cut into runs that may be written at once: an erasure alone, or upserts of firms each named once
     * (a firm's second change starts the next run, so it is written after its first).
     */
    static List<List<FirmChange>> runs(List<FirmChange> changes) {
        List<List<FirmChange>> runs = new ArrayList<>();
        List<FirmChange> run = new ArrayList<>();
        Set<String> inRun = new HashSet<>();
        for (FirmChange change : changes) {
            boolean erasure = change.firm() == null;
            if ((erasure || inRun.contains(change.key())) && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
                inRun.clear();
            }
            if (erasure) {
                runs.add(List.of(change));
            } else {
                run.add(change);
                inRun.add(change.key());
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    static Optional<String> linked(TransactionContext tx, String firmId) {
        return tx.run(LINKED, Map.of("key", firmId)).list().stream()
                .findFirst()
                .map(r -> r.get("key").asString());
    }

    /** Upserts firms each named once; their events go out in the run's order. */
    private static void upsert(TransactionContext tx, List<FirmChange> run) {
        Map<String, Record> states = new HashMap<>();
        tx.run(STATES, Map.of("keys", run.stream().map(FirmChange::key).toList()))
                .forEachRemaining(state -> states.put(state.get("key").asString(), state));
        Map<String, OutboxEvent> unlinked = new HashMap<>();
        Map<String, String> nodes = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FirmChange change : run) {
            Record state = states.get(change.key());
            if (state.get("erased").asBoolean()) {
                continue;
            }
            String linked =
                    state.get("linked").isNull() ? null : state.get("linked").asString();
            String node = change.key();
            if (linked != null && linked.equals(change.externalId())) {
                node = linked;
            } else if (linked != null) {
                // The firm names another register id now: the verified link ends, the register node is itself again.
                Record unlink = tx.run(UNLINK, Map.of("node", linked)).single();
                unlinked.put(
                        change.key(),
                        change.events()
                                .upserted(OrganisationRepository.toOrganisation(
                                        unlink.get("linked").asNode())));
            }
            nodes.put(change.key(), node);
            rows.add(parameters(change, node));
        }
        Set<String> changed = new HashSet<>();
        if (!rows.isEmpty()) {
            tx.run(WRITE, Map.of("rows", rows)).forEachRemaining(r -> {
                if (r.get("changed").asBoolean()) {
                    changed.add(r.get("key").asString());
                }
            });
        }
        List<OutboxEvent> events = new ArrayList<>();
        for (FirmChange change : run) {
            Optional.ofNullable(unlinked.get(change.key())).ifPresent(events::add);
            if (changed.contains(change.key())) {
                Organisation firm = change.firm();
                events.add(change.events()
                        .upserted(new Organisation(
                                nodes.get(change.key()),
                                firm.name(),
                                firm.country(),
                                firm.type(),
                                firm.sme(),
                                firm.sector())));
            }
        }
        OutboxRepository.append(tx, events);
    }

    private static void erase(TransactionContext tx, FirmChange change) {
        String key = change.key();
        String node = linked(tx, key).orElse(key);
        Map<String, Object> params = Map.of("node", node, "key", key);
        tx.run(ERASE_COLLABORATIONS, params).consume();
        boolean existed =
                tx.run(ERASE_ORGANISATION, params).single().get("erased").asLong() > 0;
        tx.run(DROP_CLAIM, params).consume();
        tx.run(TOMBSTONE, Map.of("keys", node.equals(key) ? List.of(key) : List.of(key, node)))
                .consume();
        if (existed) {
            OutboxRepository.append(tx, List.of(change.events().erased(node, key, null)));
        }
    }

    private static Map<String, Object> parameters(FirmChange change, String node) {
        Organisation firm = change.firm();
        Map<String, Object> params = new HashMap<>();
        params.put("key", firm.key());
        params.put("node", node);
        params.put("name", firm.name());
        params.put("country", firm.country());
        params.put("sme", firm.sme());
        params.put("sector", firm.sector());
        params.put("onboardedBy", change.onboardedBy());
        params.put("externalId", change.externalId());
        params.put("knowledgeAreas", change.knowledgeAreas());
        params.put("status", change.status());
        params.put("listed", change.listed());
        params.put("sizeClass", change.sizeClass());
        params.put("ownNode", node.equals(firm.key()));
        return params;
    }
}
