package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.knowbridge.platform.messaging.OutboxStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The outbox: events stored as {@code :OutboxEvent} nodes by the transaction that made the change, read and
 * removed by the platform's relay once Kafka has acknowledged them.
 */
@ApplicationScoped
public class OutboxRepository implements OutboxStore {

    private static final int CLAIM_SECONDS = 60;

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
        tx.run(
                        APPEND,
                        Map.of(
                                "events",
                                events.stream()
                                        .map(OutboxRepository::parameters)
                                        .toList()))
                .consume();
    }

    /** An event as Cypher parameters; {@code traceparent} is null (so no property) when the change was not traced. */
    public static Map<String, Object> parameters(OutboxEvent event) {
        Map<String, Object> parameters = new HashMap<>(Map.of(
                "id",
                event.id(),
                "topic",
                event.topic(),
                "key",
                event.key(),
                "type",
                event.type(),
                "payload",
                event.payload()));
        parameters.put("traceparent", event.traceparent());
        return parameters;
    }

    /** The oldest unclaimed events, claimed for a while; what is not settled goes back to the queue at once. */
    @Override
    public Claim claimOldest(int limit) {
        List<OutboxEvent> events;
        try (Session session = driver.session()) {
            events = session.executeWrite(tx -> tx.run(CLAIM, Map.of("limit", limit, "claimSeconds", CLAIM_SECONDS))
                    .list(r -> new OutboxEvent(
                            r.get("id").asString(),
                            r.get("topic").asString(),
                            r.get("key").asString(),
                            r.get("type").asString(),
                            r.get("payload").asString(),
                            r.get("traceparent").asString(null))));
        }
        return new Claim() {
            private List<OutboxEvent> unsettled = events;

            @Override
            public List<OutboxEvent> events() {
                return events;
            }

            @Override
            public void settle(List<OutboxEvent> acknowledged) {
                delete(acknowledged.stream().map(OutboxEvent::id).toList());
                unsettled = events.subList(acknowledged.size(), events.size());
                close();
            }

            @Override
            public void close() {
                // Back to the queue at once, still oldest first, so the next pass sends them before anything newer.
                release(unsettled.stream().map(OutboxEvent::id).toList());
                unsettled = List.of();
            }
        };
    }

    /** How many events wait, and since when the oldest has (null when none). */
    @Override
    public Backlog backlog() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Record r = tx.run(LAG).single();
                return new Backlog(
                        r.get("pending").asLong(),
                        r.get("oldest").isNull()
                                ? null
                                : r.get("oldest").asZonedDateTime().toInstant());
            });
        }
    }

    private void delete(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(DELETE, Map.of("ids", ids)).consume());
        }
    }

    /** Gives claimed events back, e.g. after Kafka refused them. */
    private void release(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(RELEASE, Map.of("ids", ids)).consume());
        }
    }
}
