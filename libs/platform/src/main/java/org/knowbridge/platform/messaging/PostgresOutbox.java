package org.knowbridge.platform.messaging;

import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.Topic;

/**
 * An {@code outbox} table in PostgreSQL ({@code id, aggregate_id, event_type, payload, traceparent,
 * created_at}) as the relay reads it; a service's outbox repository is one. A claim is a transaction holding
 * a transaction-scoped advisory lock, so one relay at a time works on the outbox when several instances share
 * the database; rows Kafka acknowledged are deleted in it. A trigger on the table (installed here, so that every
 * service's outbox has the same) notifies {@value #CHANNEL} when a transaction that added rows commits; the outbox
 * listens on a connection of its own, so the relay wakes then instead of at its next poll. Blocking: called on the
 * relay's own thread only.
 */
public class PostgresOutbox implements OutboxStore {

    /** The channel the outbox table's trigger notifies. */
    public static final String CHANNEL = "outbox_added";

    // NOTIFY is delivered when the adding transaction commits, once per transaction and channel.
    private static final String WAKE_UP_TRIGGER = """
            create or replace function outbox_added() returns trigger language plpgsql
                as $$ begin perform pg_notify('%1$s', ''); return null; end $$;
            create or replace trigger outbox_added after insert on outbox
                for each statement execute function outbox_added();
            LISTEN %1$s;
            """.formatted(CHANNEL);

    private static final Logger LOG = Logger.getLogger(PostgresOutbox.class);
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(2);

    private final Pool pool;
    private final Semaphore added = new Semaphore(0);
    private volatile PgConnection listening;
    private final long relayLock;
    private final Topic topic;

    /**
     * @param relayLock the advisory lock's key: any constant shared by every instance of the service
     * @param topic where every event of this outbox goes
     */
    public PostgresOutbox(Pool pool, long relayLock, Topic topic) {
        this.pool = pool;
        this.relayLock = relayLock;
        this.topic = topic;
    }

    @Override
    public Claim claimOldest(int limit) {
        SqlConnection connection = pool.getConnection().await().indefinitely();
        Transaction transaction = null;
        try {
            transaction = connection.begin().await().indefinitely();
            List<OutboxEvent> events = lockedByUs(connection) ? oldest(connection, limit) : List.of();
            return new LockedRows(connection, transaction, events);
        } catch (RuntimeException e) {
            if (transaction != null) {
                transaction.rollback().await().indefinitely();
            }
            connection.close().await().indefinitely();
            throw e;
        }
    }

    @Override
    public Backlog backlog() {
        Row row = pool.query("select count(*) as pending, min(created_at) as oldest from outbox")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next();
        OffsetDateTime oldest = row.getOffsetDateTime("oldest");
        return new Backlog(row.getLong("pending"), oldest == null ? null : oldest.toInstant());
    }

    @Override
    public boolean tellsOfNewEvents() {
        return true;
    }

    @Override
    public boolean awaitNewEvents(Duration atMost) throws InterruptedException {
        listen();
        if (!added.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        added.drainPermits(); // one pass reads every event committed so far
        return true;
    }

    /** True once a connection listens for new events (polling alone until then). */
    public boolean listening() {
        return listening != null;
    }

    /**
     * Opens the listening connection when there is none (at the first wait, or after it was lost); when that
     * fails the relay just polls, and the next wait tries again.
     */
    private void listen() {
        if (listening != null) {
            return;
        }
        SqlConnection connection = null;
        try {
            connection = pool.getConnection().await().atMost(CONNECT_WAIT);
            PgConnection pg = PgConnection.cast(connection);
            pg.notificationHandler(notification -> added.release());
            pg.closeHandler(() -> listening = null);
            pg.query(WAKE_UP_TRIGGER).execute().await().atMost(CONNECT_WAIT);
            listening = pg;
        } catch (RuntimeException e) {
            LOG.debugf("Outbox not listening for new events, polling: %s", e.getMessage());
            if (connection != null) {
                connection.closeAndForget();
            }
        }
    }

    private boolean lockedByUs(SqlConnection connection) {
        return connection
                .preparedQuery("select pg_try_advisory_xact_lock($1) as locked")
                .execute(Tuple.of(relayLock))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getBoolean("locked");
    }

    private List<OutboxEvent> oldest(SqlConnection connection, int limit) {
        List<OutboxEvent> events = new ArrayList<>();
        for (Row row : connection
                .preparedQuery(
                        "select id, aggregate_id, event_type, payload, traceparent from outbox order by id limit $1")
                .execute(Tuple.of(limit))
                .await()
                .indefinitely()) {
            events.add(new OutboxEvent(
                    row.getLong("id").toString(),
                    topic.topicName(),
                    row.getUUID("aggregate_id").toString(),
                    row.getString("event_type"),
                    row.getString("payload"),
                    row.getString("traceparent")));
        }
        return events;
    }

    private static final class LockedRows implements Claim {

        private final SqlConnection connection;
        private final Transaction transaction;
        private final List<OutboxEvent> events;
        private boolean committed;

        LockedRows(SqlConnection connection, Transaction transaction, List<OutboxEvent> events) {
            this.connection = connection;
            this.transaction = transaction;
            this.events = events;
        }

        @Override
        public List<OutboxEvent> events() {
            return events;
        }

        @Override
        public void settle(List<OutboxEvent> acknowledged) {
            if (!acknowledged.isEmpty()) {
                connection
                        .preparedQuery("delete from outbox where id = any($1)")
                        .execute(Tuple.of(acknowledged.stream()
                                .map(e -> Long.valueOf(e.id()))
                                .toArray(Long[]::new)))
                        .await()
                        .indefinitely();
            }
            transaction.commit().await().indefinitely();
            committed = true;
        }

        @Override
        public void close() {
            try {
                if (!committed) {
                    transaction.rollback().await().indefinitely();
                }
            } finally {
                connection.close().await().indefinitely();
            }
        }
    }
}
