package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.CollaborationSource;
import org.knowbridge.partnergraph.domain.CollaborationStatus;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;

/**
 * Explicit collaborations: a {@code :Collaboration} node with one {@code :PARTY} relationship per side,
 * which carries the kind that side is to the other. A node rather than one relationship because a
 * collaboration has two directed points of view and its own lifecycle (recorded, ended).
 *
 * <p>A PENDING claim hangs on {@code :PENDING_PARTY} relationships instead, so every query that walks
 * {@code :PARTY} (partners, connections, indicators) passes it by without a filter of its own; confirming turns
 * them into {@code :PARTY}. A rejected or withdrawn claim is deleted, leaving an {@code :AuditRecord}: who
 * decided, for which party, when and how, with party keys only (no names). Every decision on a claim is written
 * with its CollaborationClaimDecided in the same transaction.
 */
@ApplicationScoped
public class CollaborationRepository {

    private static final String RECORD = """
            MATCH (first:Organisation {key: $first.organisationKey})
            MATCH (second:Organisation {key: $second.organisationKey})
            CREATE (c:Collaboration {key: $key, channel: $channel, startYear: $startYear, endYear: $endYear,
                                     outcome: $outcome, source: $source, status: $status, awaiting: $awaiting,
                                     claimedBy: $claimedBy, createdAt: datetime()})
            CREATE (first)-[:%1$s {partnerKind: $first.partnerKind}]->(c)
            CREATE (second)-[:%1$s {partnerKind: $second.partnerKind}]->(c)
            RETURN count(c) AS created
            """;

    private static final String RECORD_CONFIRMED = RECORD.formatted("PARTY");
    private static final String RECORD_PENDING = RECORD.formatted("PENDING_PARTY");

    // A claim whose other party was erased meanwhile has one side left: it is no collaboration any more.
    private static final String FIND = """
            MATCH (c:Collaboration {key: $key})
            MATCH (o:Organisation)-[p:PARTY|PENDING_PARTY]->(c)
            WITH c, o, p ORDER BY o.key
            WITH c, collect({organisationKey: o.key, partnerKind: p.partnerKind}) AS parties
            WHERE size(parties) = 2
            RETURN c, parties
            """;

    // A collaboration tells who worked with whom: with a party the viewer may not see, it is not there for it.
    private static final String FIND_VISIBLE = """
            MATCH (c:Collaboration {key: $key})
            WHERE NOT EXISTS { MATCH (party:Organisation)-[:PARTY|PENDING_PARTY]->(c) WHERE NOT %s }
            MATCH (o:Organisation)-[p:PARTY|PENDING_PARTY]->(c)
            WITH c, o, p ORDER BY o.key
            WITH c, collect({organisationKey: o.key, partnerKind: p.partnerKind}) AS parties
            WHERE size(parties) = 2
            RETURN c, parties
            """.formatted(FirmVisibility.visible("party"));

    /** Ends only a running, confirmed collaboration, so two concurrent ends cannot both succeed. */
    private static final String END = """
            MATCH (c:Collaboration {key: $key})
            WHERE c.endYear IS NULL AND coalesce(c.status, 'CONFIRMED') = 'CONFIRMED'
            SET c.endYear = $endYear, c.outcome = $outcome, c.updatedAt = datetime()
            RETURN count(c) AS ended
            """;

    // The lock first, then the status: two decisions on one claim cannot both see it PENDING.
    private static final String LOCK = """
            MATCH (c:Collaboration {key: $key})
            SET c._lock = true
            REMOVE c._lock
            RETURN coalesce(c.status, 'CONFIRMED') AS status, c.claimedBy AS claimedBy
            """;

    private static final String CONFIRM = """
            MATCH (c:Collaboration {key: $key})
            SET c.status = 'CONFIRMED', c.confirmedAt = datetime(), c.updatedAt = datetime()
            REMOVE c.awaiting
            WITH c
            MATCH (o:Organisation)-[claim:PENDING_PARTY]->(c)
            CREATE (o)-[:PARTY {partnerKind: claim.partnerKind}]->(c)
            DELETE claim
            """;

    private static final String DELETE = """
            MATCH (c:Collaboration {key: $key})
            DETACH DELETE c
            """;

    private static final String AUDIT = """
            CREATE (:AuditRecord {id: randomUUID(), at: datetime(), subject: 'Collaboration', subjectKey: $key,
                                  action: $action, actor: $actor, actingFor: $actingFor, claimedBy: $claimedBy,
                                  claimant: $claimant, awaited: $awaited, channel: $channel, startYear: $startYear})
            """;

    // Pending claims are few next to organisations: found through the collaborations, then the awaited party.
    private static final String AWAITING = """
            MATCH (c:Collaboration {status: 'PENDING'})
            WHERE $after IS NULL OR c.key > $after
            MATCH (o:Organisation {key: c.awaiting})
            OPTIONAL MATCH (firm:Organisation {key: o.firmId})
            WITH c, o, firm
            WHERE $everyone
               OR ($firm IS NOT NULL AND (o.key = $firm OR o.firmId = $firm))
               OR ($partner IS NOT NULL AND o.key = $partner)
               OR ($agency IS NOT NULL AND coalesce(o.onboardedBy, firm.onboardedBy) = $agency)
            WITH DISTINCT c ORDER BY c.key LIMIT $limit
            CALL (c) {
                MATCH (party:Organisation)-[p:PENDING_PARTY]->(c)
                WITH party, p ORDER BY party.key
                RETURN collect({organisationKey: party.key, partnerKind: p.partnerKind}) AS parties
            }
            WITH c, parties WHERE size(parties) = 2
            RETURN c, parties ORDER BY c.key
            """;

    private final Driver driver;

    public CollaborationRepository(Driver driver) {
        this.driver = driver;
    }

    /** What a decision on a claim did. */
    public enum Decision {
        DONE,
        NOT_PENDING,
        GONE
    }

    /** Who decided on a claim: the user, and the party it acted for ({@code admin} for an admin). */
    public record Decider(String username, String actingFor) {}

    /** Whose pending claims a caller answers for; {@code everyone} for an admin. */
    public record AwaitingScope(boolean everyone, String firmId, String partnerOrgId, String agencyOrgId) {}

    /**
     * Stores the collaboration with its event in one transaction: CollaborationRecorded for a confirmed one,
     * CollaborationClaimed for a PENDING one.
     */
    public void record(Collaboration collaboration, String claimedBy, OutboxEvent event) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", collaboration.key());
        params.put("channel", collaboration.channel().name());
        params.put("startYear", collaboration.startYear());
        params.put("endYear", collaboration.endYear());
        params.put("outcome", collaboration.outcome().name());
        params.put("source", collaboration.source().name());
        params.put("status", collaboration.status().name());
        params.put("awaiting", collaboration.awaiting());
        params.put("claimedBy", claimedBy);
        params.put("first", party(collaboration.parties().get(0)));
        params.put("second", party(collaboration.parties().get(1)));
        String query = collaboration.pending() ? RECORD_PENDING : RECORD_CONFIRMED;
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                long created = tx.run(query, params).single().get("created").asLong();
                if (created != 1) {
                    throw new IllegalStateException(
                            "A party of " + collaboration.key() + " disappeared while recording it");
                }
                OutboxRepository.append(tx, List.of(event));
            });
        }
    }

    /**
     * Confirms a PENDING claim with its events (built from the claim as it was pending: CollaborationRecorded of
     * the confirmed collaboration, CollaborationClaimDecided) and an audit record, in one transaction.
     */
    public Decision confirm(String key, Decider decider, Function<Collaboration, List<OutboxEvent>> events) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                Optional<LockedClaim> pending = lockPending(tx, key);
                if (pending.isEmpty()) {
                    return statusAfterLock(tx, key);
                }
                tx.run(CONFIRM, Map.of("key", key)).consume();
                audit(tx, pending.get(), "CONFIRMED", decider);
                OutboxRepository.append(tx, events.apply(pending.get().claim()));
                return Decision.DONE;
            });
        }
    }

    /**
     * Deletes a PENDING claim, leaving only an audit record of {@code action} (REJECTED, WITHDRAWN), with its event
     * (CollaborationClaimDecided, built from the claim) in one transaction.
     */
    public Decision remove(String key, String action, Decider decider, Function<Collaboration, OutboxEvent> event) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                Optional<LockedClaim> pending = lockPending(tx, key);
                if (pending.isEmpty()) {
                    return statusAfterLock(tx, key);
                }
                tx.run(DELETE, Map.of("key", key)).consume();
                audit(tx, pending.get(), action, decider);
                OutboxRepository.append(tx, List.of(event.apply(pending.get().claim())));
                return Decision.DONE;
            });
        }
    }

    /** The PENDING claims awaiting a party in the scope, ordered by key, after the cursor {@code after}. */
    public List<Collaboration> awaiting(AwaitingScope scope, String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("everyone", scope.everyone());
        params.put("firm", scope.firmId());
        params.put("partner", scope.partnerOrgId());
        params.put("agency", scope.agencyOrgId());
        params.put("after", after);
        params.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(AWAITING, params).list(CollaborationRepository::toCollaboration));
        }
    }

    private record LockedClaim(Collaboration claim, String claimedBy) {}

    /** The claim, locked, when it is PENDING; empty otherwise. */
    private static Optional<LockedClaim> lockPending(TransactionContext tx, String key) {
        List<Record> locked = tx.run(LOCK, Map.of("key", key)).list();
        if (locked.isEmpty() || !locked.get(0).get("status").asString().equals("PENDING")) {
            return Optional.empty();
        }
        String claimedBy = locked.get(0).get("claimedBy").asString(null);
        return tx.run(FIND, Map.of("key", key)).stream()
                .findFirst()
                .map(r -> new LockedClaim(toCollaboration(r), claimedBy));
    }

    private static Decision statusAfterLock(TransactionContext tx, String key) {
        return tx.run(LOCK, Map.of("key", key)).list().isEmpty() ? Decision.GONE : Decision.NOT_PENDING;
    }

    private static void audit(TransactionContext tx, LockedClaim locked, String action, Decider decider) {
        Collaboration claim = locked.claim();
        Map<String, Object> params = new HashMap<>();
        params.put("key", claim.key());
        params.put("action", action);
        params.put("actor", decider.username());
        params.put("actingFor", decider.actingFor());
        params.put("claimedBy", locked.claimedBy());
        params.put("claimant", claim.claimant());
        params.put("awaited", claim.awaiting());
        params.put("channel", claim.channel().name());
        params.put("startYear", claim.startYear());
        tx.run(AUDIT, params).consume();
    }

    public Optional<Collaboration> findByKey(String key) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("key", key)).stream()
                    .findFirst()
                    .map(CollaborationRepository::toCollaboration));
        }
    }

    /** The collaboration, when {@code viewer} may see every party of it. */
    public Optional<Collaboration> findVisible(String key, Viewer viewer) {
        try (Session session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run(FIND_VISIBLE, Map.of("key", key, "viewer", viewer.asParameter())).stream()
                            .findFirst()
                            .map(CollaborationRepository::toCollaboration));
        }
    }

    /** Ends the collaboration with its event; false when it had ended already. */
    public boolean end(Collaboration ended, OutboxEvent event) {
        Map<String, Object> params = Map.of(
                "key",
                ended.key(),
                "endYear",
                ended.endYear(),
                "outcome",
                ended.outcome().name());
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                if (tx.run(END, params).single().get("ended").asLong() == 0) {
                    return false;
                }
                OutboxRepository.append(tx, List.of(event));
                return true;
            });
        }
    }

    private static Map<String, Object> party(Collaboration.Party party) {
        return Map.of(
                "organisationKey",
                party.organisationKey(),
                "partnerKind",
                party.partnerKind().name());
    }

    private static Collaboration toCollaboration(Record record) {
        Node c = record.get("c").asNode();
        List<Collaboration.Party> parties = record.get("parties")
                .asList(v -> new Collaboration.Party(
                        v.get("organisationKey").asString(),
                        PartnerKind.valueOf(v.get("partnerKind").asString())));
        // Collaborations recorded before claims could wait have no status: they stood at once.
        return new Collaboration(
                c.get("key").asString(),
                KnowledgeChannel.valueOf(c.get("channel").asString()),
                c.get("startYear").asInt(),
                c.get("endYear").isNull() ? null : c.get("endYear").asInt(),
                Outcome.valueOf(c.get("outcome").asString()),
                CollaborationSource.valueOf(c.get("source").asString()),
                CollaborationStatus.valueOf(c.get("status").asString("CONFIRMED")),
                c.get("awaiting").asString(null),
                parties);
    }
}
