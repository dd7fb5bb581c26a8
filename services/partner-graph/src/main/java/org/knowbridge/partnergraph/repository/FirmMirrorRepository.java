package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.partnergraph.domain.FirmChange;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Firms of firm-profiles mirrored as organisations keyed by the firm's id. Idempotent: a firm is written only
 * when it differs, and an erased firm leaves a tombstone ({@code :ErasedFirm}, its id only) so that a
 * replayed or late event can never bring it back.
 *
 * <p>The mirror also keeps who onboarded the firm ({@code onboardedBy}, an agency's org_id) and its id in
 * another register ({@code externalId}). When a node of that register exists under that key (e.g. the
 * {@code cordis:999908587} node of a CORDIS import), it gets the firm's id as {@code firmId}; the mirror
 * carries its own id there too, so {@code firmId} answers "which nodes are this firm?" whichever of the two a
 * caller holds. Whichever comes second sets the link: this upsert, or a dataset import that creates the node.
 */
@ApplicationScoped
public class FirmMirrorRepository {

    // onboardedBy, externalId, knowledgeAreas, status and listed are not part of OrganisationUpserted: written
    // without an event. status and listed decide who may see the firm (FirmVisibility).
    private static final String UPSERT = """
            OPTIONAL MATCH (erased:ErasedFirm {key: $key})
            WITH erased WHERE erased IS NULL
            MERGE (o:Organisation {key: $key})
            ON CREATE SET o.createdAt = datetime(), o.source = 'firm-profiles'
            WITH o, o.name IS NULL OR o.name <> $name OR coalesce(o.country, '') <> $country OR o.type <> 'COMPANY'
                    OR coalesce(o.sme, false) <> $sme OR coalesce(o.sector, '') <> coalesce($sector, '') AS changed
            SET o.onboardedBy = $onboardedBy, o.externalId = $externalId, o.firmId = $key, o.knowledgeAreas = $knowledgeAreas
            SET o.status = $status, o.listed = $listed
            FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
                SET o.name = $name, o.country = $country, o.type = 'COMPANY', o.sme = $sme, o.sector = $sector,
                    o.updatedAt = datetime(), o.version = coalesce(o.version, 0) + 1
                CREATE (:OutboxEvent {id: $event.id, topic: $event.topic, key: $key, type: $event.type,
                                      payload: $event.payload, traceparent: $event.traceparent, createdAt: datetime(),
                                      position: 0}))
            WITH o, changed
            CALL (o) {
                MATCH (stale:Organisation {firmId: o.key})
                WHERE stale <> o AND stale.key <> coalesce(o.externalId, '')
                REMOVE stale.firmId
            }
            CALL (o) {
                MATCH (registered:Organisation {key: o.externalId})
                WHERE registered <> o
                SET registered.firmId = o.key
            }
            RETURN changed
            """;

    // A collaboration has two sides: without the erased firm it means nothing, so it goes too.
    private static final String ERASE_COLLABORATIONS = """
            MATCH (:Organisation {key: $key})-[:PARTY]->(c:Collaboration)
            DETACH DELETE c
            """;

    // The registered node is public data of its register: it stays, no longer linked to the erased firm.
    private static final String UNLINK = """
            MATCH (linked:Organisation {firmId: $key})
            REMOVE linked.firmId
            """;

    private static final String ERASE_ORGANISATION = """
            MATCH (o:Organisation {key: $key})
            DETACH DELETE o
            """;

    private static final String TOMBSTONE = """
            MERGE (e:ErasedFirm {key: $key})
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
                        Map<String, Object> params = Map.of("key", change.key());
                        tx.run(ERASE_COLLABORATIONS, params).consume();
                        tx.run(UNLINK, params).consume();
                        tx.run(ERASE_ORGANISATION, params).consume();
                        tx.run(TOMBSTONE, params).consume();
                    } else {
                        tx.run(UPSERT, upsertParameters(change)).consume();
                    }
                }
            });
        }
    }

    private static Map<String, Object> upsertParameters(FirmChange change) {
        Organisation firm = change.firm();
        OutboxEvent event = change.event();
        Map<String, Object> params = new HashMap<>();
        params.put("key", firm.key());
        params.put("name", firm.name());
        params.put("country", firm.country());
        params.put("sme", firm.sme());
        params.put("sector", firm.sector());
        params.put("onboardedBy", change.onboardedBy());
        params.put("externalId", change.externalId());
        params.put("knowledgeAreas", change.knowledgeAreas());
        params.put("status", change.status());
        params.put("listed", change.listed());
        params.put("event", OutboxRepository.parameters(event));
        return params;
    }
}
