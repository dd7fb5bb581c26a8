package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.knowbridge.partnergraph.domain.LinkClaim;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Claims that a platform firm is an existing organisation node ({@code :LinkClaim}, one per firm), and the
 * merge a verification makes: the firm's fields and collaborations move to the register's node, and the firm's
 * own node is deleted, so each real firm is one node.
 */
@ApplicationScoped
public class LinkRepository {

    private static final String FIND = """
            MATCH (claim:LinkClaim {firmId: $firmId})
            RETURN claim
            """;

    // The claim's write lock first: two deciders cannot both find it PENDING.
    private static final String LOCK = """
            MATCH (claim:LinkClaim {firmId: $firmId})
            SET claim._lock = true
            REMOVE claim._lock
            RETURN claim
            """;

    private static final String LIST = """
            MATCH (claim:LinkClaim)
            WHERE ($status IS NULL OR claim.status = $status) AND ($after IS NULL OR claim.firmId > $after)
            RETURN claim
            ORDER BY claim.firmId
            LIMIT $limit
            """;

    /** Whether the claimed node can become the firm: it exists and is no platform firm of its own. */
    private static final String TARGET = """
            OPTIONAL MATCH (target:Organisation {key: $target})
            OPTIONAL MATCH (own:Organisation {key: $firmId})
            RETURN target IS NOT NULL AS exists, target IS NOT NULL AND %s AS platformFirm, own IS NOT NULL AS ownNode
            """.formatted(OrganisationRepository.platformFirm("target"));

    // Relationships cannot change their start node: each is created again from the register node and the old
    // one deleted. A pending claim awaiting the firm now awaits the register node.
    private static final String MERGE = """
            MATCH (own:Organisation {key: $firmId}), (target:Organisation {key: $target})
            SET target.name = own.name, target.country = coalesce(own.country, target.country), target.type = own.type,
                target.sme = own.sme, target.sector = coalesce(own.sector, target.sector), target.firmId = own.key,
                target.onboardedBy = own.onboardedBy, target.externalId = own.externalId,
                target.knowledgeAreas = own.knowledgeAreas, target.status = own.status, target.listed = own.listed,
                target.sizeClass = own.sizeClass, target.updatedAt = datetime(),
                target.version = coalesce(target.version, 0) + 1
            WITH own, target
            CALL (own, target) {
                MATCH (own)-[p:PARTY]->(c:Collaboration)
                CREATE (target)-[q:PARTY]->(c)
                SET q = properties(p)
                DELETE p
            }
            CALL (own, target) {
                MATCH (own)-[p:PENDING_PARTY]->(c:Collaboration)
                CREATE (target)-[q:PENDING_PARTY]->(c)
                SET q = properties(p)
                DELETE p
            }
            CALL (own, target) {
                MATCH (c:Collaboration {awaiting: own.key})
                SET c.awaiting = target.key
            }
            DETACH DELETE own
            RETURN target
            """;

    private static final String DECIDE = """
            MATCH (claim:LinkClaim {firmId: $firmId})
            SET claim.status = $status, claim.decidedBy = $decidedBy, claim.decidedAt = datetime()
            CREATE (:AuditRecord {id: randomUUID(), subject: 'LinkClaim', subjectKey: claim.firmId,
                                  action: $status, at: datetime(), actor: $decidedBy, actingFor: $actingFor,
                                  claimant: claim.firmId, awaited: claim.organisationKey})
            RETURN claim
            """;

    private final Driver driver;

    public LinkRepository(Driver driver) {
        this.driver = driver;
    }

    public Optional<LinkClaim> find(String firmId) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("firmId", firmId)).list().stream()
                    .findFirst()
                    .map(r -> toClaim(r.get("claim"))));
        }
    }

    /** Claims in firm-id order after the cursor, of one status or all. */
    public List<LinkClaim> list(String status, String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status);
        params.put("after", after);
        params.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST, params).list(r -> toClaim(r.get("claim"))));
        }
    }

    public enum Outcome {
        DONE,
        NOT_PENDING,
        /** The claimed node does not exist, or is another platform firm. */
        TARGET_UNUSABLE,
        /** The firm's own node is gone (erased meanwhile). */
        FIRM_GONE
    }

    /**
     * Verifies a PENDING claim: the firm becomes the register's node, in one transaction with the events
     * {@code upserted} (the register node, now the firm) and {@code erased} (the firm's own node, merged into it).
     */
    public Outcome verify(
            String firmId,
            String decidedBy,
            String actingFor,
            Function<Organisation, OutboxEvent> upserted,
            BiFunction<String, String, OutboxEvent> mergedInto) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Record> found = tx.run(LOCK, Map.of("firmId", firmId)).list();
                if (found.isEmpty() || !toClaim(found.get(0).get("claim")).pending()) {
                    return Outcome.NOT_PENDING;
                }
                String target = toClaim(found.get(0).get("claim")).organisationKey();
                Record check = tx.run(TARGET, Map.of("target", target, "firmId", firmId))
                        .single();
                if (!check.get("exists").asBoolean()
                        || check.get("platformFirm").asBoolean()) {
                    return Outcome.TARGET_UNUSABLE;
                }
                if (!check.get("ownNode").asBoolean()) {
                    return Outcome.FIRM_GONE;
                }
                Record merged = tx.run(MERGE, Map.of("firmId", firmId, "target", target))
                        .single();
                tx.run(DECIDE, decision(firmId, LinkClaim.VERIFIED, decidedBy, actingFor))
                        .consume();
                OutboxRepository.append(
                        tx,
                        List.of(
                                mergedInto.apply(firmId, target),
                                upserted.apply(OrganisationRepository.toOrganisation(
                                        merged.get("target").asNode()))));
                return Outcome.DONE;
            });
        }
    }

    /** Rejects a PENDING claim: the firm keeps its own node. */
    public Outcome reject(String firmId, String decidedBy, String actingFor) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Record> found = tx.run(LOCK, Map.of("firmId", firmId)).list();
                if (found.isEmpty() || !toClaim(found.get(0).get("claim")).pending()) {
                    return Outcome.NOT_PENDING;
                }
                tx.run(DECIDE, decision(firmId, LinkClaim.REJECTED, decidedBy, actingFor))
                        .consume();
                return Outcome.DONE;
            });
        }
    }

    private static Map<String, Object> decision(String firmId, String status, String decidedBy, String actingFor) {
        Map<String, Object> params = new HashMap<>();
        params.put("firmId", firmId);
        params.put("status", status);
        params.put("decidedBy", decidedBy);
        params.put("actingFor", actingFor);
        return params;
    }

    private static LinkClaim toClaim(Value value) {
        var node = value.asNode();
        return new LinkClaim(
                node.get("firmId").asString(),
                node.get("organisationKey").asString(),
                node.get("status").asString(),
                node.get("claimedBy").asString(null),
                dateTime(node.get("createdAt")),
                node.get("decidedBy").asString(null),
                dateTime(node.get("decidedAt")));
    }

    private static OffsetDateTime dateTime(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
    }
}
