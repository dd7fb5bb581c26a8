package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final String ERASED = """
            OPTIONAL MATCH (erased:ErasedFirm {key: $key})
            RETURN erased IS NOT NULL AS erased
            """;

    /** The register node a verified link made this firm, if any. */
    static final String LINKED = """
            MATCH (linked:Organisation {firmId: $key})
            WHERE linked.key <> $key
            RETURN linked.key AS key
            LIMIT 1
            """;

    // onboardedBy, externalId, knowledgeAreas, status, listed and sizeClass are not part of OrganisationUpserted:
    // written without an event. status and listed decide who may see the firm (FirmVisibility). MERGE creates the
    // firm's own node; a linked register node exists already.
    private static final String WRITE = """
            MERGE (o:Organisation {key: $node})
            ON CREATE SET o.createdAt = datetime(), o.source = 'firm-profiles'
            WITH o, o.name IS NULL OR o.name <> $name OR coalesce(o.country, '') <> $country OR o.type <> 'COMPANY'
                    OR coalesce(o.sme, false) <> $sme OR coalesce(o.sector, '') <> coalesce($sector, '') AS changed
            SET o.onboardedBy = $onboardedBy, o.externalId = $externalId, o.firmId = $key,
                o.knowledgeAreas = $knowledgeAreas, o.status = $status, o.listed = $listed, o.sizeClass = $sizeClass
            FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
                SET o.name = $name, o.country = $country, o.type = 'COMPANY', o.sme = $sme, o.sector = $sector,
                    o.updatedAt = datetime(), o.version = coalesce(o.version, 0) + 1)
            RETURN changed
            """;

    // The register node is public data of its register: it stays, no longer this firm.
    private static final String UNLINK = """
            MATCH (linked:Organisation {key: $node})
            REMOVE linked.firmId, linked.onboardedBy, linked.externalId, linked.knowledgeAreas, linked.status,
                   linked.listed, linked.sizeClass
            SET linked.updatedAt = datetime(), linked.version = coalesce(linked.version, 0) + 1
            RETURN linked
            """;

    // A claim naming another register id than the firm's latest event (or none) is void.
    private static final String DROP_OTHER_CLAIMS = """
            MATCH (claim:LinkClaim {firmId: $key})
            WHERE $externalId IS NULL OR claim.organisationKey <> $externalId OR claim.status = 'VERIFIED'
            DELETE claim
            """;

    // A rejected claim stays rejected when the same register id comes again (a replay, a later event).
    private static final String CLAIM = """
            MERGE (claim:LinkClaim {firmId: $key})
            ON CREATE SET claim.organisationKey = $externalId, claim.status = 'PENDING', claim.claimedBy = $onboardedBy,
                          claim.createdAt = datetime()
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

    /** Applies the changes in order, in one transaction: a replayed topic goes by in a few big commits. */
    public void apply(List<FirmChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                for (FirmChange change : changes) {
                    if (change.firm() == null) {
                        erase(tx, change);
                    } else {
                        upsert(tx, change);
                    }
                }
            });
        }
    }

    static Optional<String> linked(TransactionContext tx, String firmId) {
        return tx.run(LINKED, Map.of("key", firmId)).list().stream()
                .findFirst()
                .map(r -> r.get("key").asString());
    }

    private static void upsert(TransactionContext tx, FirmChange change) {
        String key = change.key();
        if (tx.run(ERASED, Map.of("key", key)).single().get("erased").asBoolean()) {
            return;
        }
        List<OutboxEvent> events = new ArrayList<>();
        Optional<String> linked = linked(tx, key);
        String node = key;
        if (linked.isPresent() && linked.get().equals(change.externalId())) {
            node = linked.get();
        } else if (linked.isPresent()) {
            // The firm names another register id now: the verified link ends, the register node is itself again.
            Record unlinked = tx.run(UNLINK, Map.of("node", linked.get())).single();
            events.add(change.events()
                    .upserted(OrganisationRepository.toOrganisation(
                            unlinked.get("linked").asNode())));
        }
        Map<String, Object> params = parameters(change, node);
        if (node.equals(key)) {
            tx.run(DROP_OTHER_CLAIMS, params).consume();
            if (change.externalId() != null && !change.externalId().equals(key)) {
                tx.run(CLAIM, params).consume();
            }
        }
        boolean changed = tx.run(WRITE, params).single().get("changed").asBoolean();
        if (changed) {
            Organisation firm = change.firm();
            events.add(change.events()
                    .upserted(new Organisation(
                            node, firm.name(), firm.country(), firm.type(), firm.sme(), firm.sector())));
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
        return params;
    }
}
