package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.event.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Firms of firm-profiles mirrored as organisations keyed by the firm's id. Idempotent: a firm is written only
 * when it differs, and an erased firm leaves a tombstone ({@code :ErasedFirm}, its id only) so that a
 * replayed or late event can never bring it back.
 */
@ApplicationScoped
public class FirmMirrorRepository {

    private static final String UPSERT = """
            OPTIONAL MATCH (erased:ErasedFirm {key: $key})
            WITH erased WHERE erased IS NULL
            MERGE (o:Organisation {key: $key})
            ON CREATE SET o.createdAt = datetime(), o.source = 'firm-profiles'
            WITH o, o.name IS NULL OR o.name <> $name OR coalesce(o.country, '') <> $country OR o.type <> 'FIRM'
                    OR coalesce(o.sme, false) <> $sme OR coalesce(o.sector, '') <> coalesce($sector, '') AS changed
            FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
                SET o.name = $name, o.country = $country, o.type = 'FIRM', o.sme = $sme, o.sector = $sector,
                    o.updatedAt = datetime()
                CREATE (:OutboxEvent {id: $event.id, topic: $event.topic, key: $key, type: $event.type,
                                      payload: $event.payload, createdAt: datetime(), position: 0}))
            RETURN changed
            """;

    // A collaboration has two sides: without the erased firm it means nothing, so it goes too.
    private static final String ERASE_COLLABORATIONS = """
            MATCH (:Organisation {key: $key})-[:PARTY]->(c:Collaboration)
            DETACH DELETE c
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

    /** One change to apply: the firm's new state with its event, or (firm null) its erasure. */
    public record FirmChange(String key, Organisation firm, OutboxEvent event) {

        public static FirmChange upsert(Organisation firm, OutboxEvent event) {
            return new FirmChange(firm.key(), firm, event);
        }

        public static FirmChange erase(String key) {
            return new FirmChange(key, null, null);
        }
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
                        tx.run(ERASE_ORGANISATION, params).consume();
                        tx.run(TOMBSTONE, params).consume();
                    } else {
                        tx.run(UPSERT, upsertParameters(change.firm(), change.event())).consume();
                    }
                }
            });
        }
    }

    private static Map<String, Object> upsertParameters(Organisation firm, OutboxEvent event) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", firm.key());
        params.put("name", firm.name());
        params.put("country", firm.country());
        params.put("sme", firm.sme());
        params.put("sector", firm.sector());
        params.put("event", Map.of("id", event.id(), "topic", event.topic(), "type", event.type(), "payload", event.payload()));
        return params;
    }
}
