package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.knowbridge.partnergraph.event.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The outbox: events stored as {@code :OutboxEvent} nodes by the transaction that made the change, read and
 * removed by the relay once Kafka has acknowledged them.
 */
@ApplicationScoped
public class OutboxRepository {

    private static final String APPEND = """
            UNWIND range(0, size($events) - 1) AS position
            WITH $events[position] AS event, position
            CREATE (:OutboxEvent {id: event.id, topic: event.topic, key: event.key, type: event.type,
                                  payload: event.payload, traceparent: event.traceparent, createdAt: datetime(),
                                  position: position})
            """;

    // A claim keeps a second relay off the same events while the first sends them; it expires, so events
    // of a relay that died are sent by another one later (at least once, never lost). The claim is checked
    // again once the event's write lock is held: two relays that both saw it unclaimed would otherwise both
    // claim it, one after the other, and send it twice.
    private static final String CLAIM = """
            MATCH (e:OutboxEvent)
            WHERE e.claimedUntil IS NULL OR e.claimedUntil < datetime()
            WITH e ORDER BY e.createdAt, e.position LIMIT $limit
            SET e._lock = true
            REMOVE e._lock
            WITH e WHERE e.claimedUntil IS NULL OR e.claimedUntil < datetime()
            SET e.claimedUntil = datetime() + duration({seconds: $claimSeconds})
            RETURN e.id AS id, e.topic AS topic, e.key AS key, e.type AS type, e.payload AS payload,
                   e.traceparent AS traceparent
            """;

    // Counted from the label's count store; the oldest found through the createdAt index.
    private static final String LAG = """
            MATCH (e:OutboxEvent)
            WITH count(e) AS pending
            OPTIONAL MATCH (o:OutboxEvent) WHERE o.createdAt IS NOT NULL
            WITH pending, o ORDER BY o.createdAt LIMIT 1
            RETURN pending, o.createdAt AS oldest
            """;

    private static final String DELETE = """
            UNWIND $ids AS id
            MATCH (e:OutboxEvent {id: id})
            DELETE e
            """;

    private static final String RELEASE = """
            UNWIND $ids AS id
            MATCH (e:OutboxEvent {id: id})
            REMOVE e.claimedUntil
            """;

    private final Driver driver;

    public OutboxRepository(Driver driver) {
        this.driver = driver;
    }

    /** Adds events inside the caller's transaction, so they commit with the change they report. */
    public static void append(TransactionContext tx, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        tx.run(APPEND, Map.of("events", events.stream().map(OutboxEvent::asParameters).toList())).consume();
    }

    /** The oldest unclaimed events, claimed for {@code claimSeconds}. */
    public List<OutboxEvent> claim(int limit, int claimSeconds) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> tx.run(CLAIM, Map.of("limit", limit, "claimSeconds", claimSeconds)).list(r ->
                    new OutboxEvent(r.get("id").asString(), r.get("topic").asString(), r.get("key").asString(),
                            r.get("type").asString(), r.get("payload").asString(), r.get("traceparent").asString(null))));
        }
    }

    /** How many events wait, and since when the oldest has (null when none). */
    public Lag lag() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Record r = tx.run(LAG).single();
                return new Lag(r.get("pending").asLong(),
                        r.get("oldest").isNull() ? null : r.get("oldest").asZonedDateTime().toInstant());
            });
        }
    }

    public record Lag(long pending, Instant oldest) {
    }

    public void delete(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(DELETE, Map.of("ids", ids)).consume());
        }
    }

    /** Gives claimed events back, e.g. after Kafka refused them. */
    public void release(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(RELEASE, Map.of("ids", ids)).consume());
        }
    }
}
