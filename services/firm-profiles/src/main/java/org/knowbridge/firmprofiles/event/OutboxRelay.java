package org.knowbridge.firmprofiles.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.knowbridge.platform.event.CloudEventRecords;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.OutboxLag;

/**
 * Publishes the outbox to Kafka: oldest first, one batch at a time, and deletes a row only once Kafka has
 * acknowledged it. Kafka being down just makes it wait and try again; nothing is lost. A transaction-scoped
 * advisory lock lets one relay at a time work on the outbox when several instances share the database, so
 * one firm's events keep their order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant shared by every instance of the service. */
    private static final long RELAY_LOCK = 0x6b62_6669_726d_7301L;
    private static final Duration MAX_FAILURE_PAUSE = Duration.ofSeconds(5);

    private final Pool pool;
    private final FirmEventProducer producer;
    private final EventMetrics metrics;
    private final OutboxLag lag;
    private final String topic;
    private final int batchSize;
    private final Duration idlePause;
    private ExecutorService worker;
    private volatile boolean running;

    public OutboxRelay(Pool pool, FirmEventProducer producer, EventMetrics metrics, OutboxLag lag,
            @ConfigProperty(name = "knowbridge.firms.topic") String topic,
            @ConfigProperty(name = "knowbridge.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "knowbridge.outbox.idle-pause", defaultValue = "PT0.2S") Duration idlePause) {
        this.pool = pool;
        this.producer = producer;
        this.metrics = metrics;
        this.lag = lag;
        this.topic = topic;
        this.batchSize = batchSize;
        this.idlePause = idlePause;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        worker.shutdownNow();
    }

    private void loop() {
        Duration failurePause = idlePause;
        while (running) {
            try {
                int published = relayBatch();
                failurePause = idlePause;
                if (published == 0) {
                    Thread.sleep(idlePause.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay failed, retrying in %s: %s", failurePause, e.getMessage());
                sleep(failurePause);
                failurePause = longer(failurePause);
            }
        }
    }

    /**
     * Publishes one batch; the number of rows Kafka acknowledged and that were deleted. Runs on the relay's own
     * thread, so it may block while Kafka is away (never on an event loop).
     */
    int relayBatch() {
        SqlConnection connection = pool.getConnection().await().indefinitely();
        try {
            Transaction transaction = connection.begin().await().indefinitely();
            try {
                Batch batch = lockedByUs(connection) ? publishPending(connection) : Batch.NONE;
                measureLag(connection);
                // Rows Kafka acknowledged are deleted even when a later one failed, so they are never sent twice.
                transaction.commit().await().indefinitely();
                if (batch.unacknowledged() > 0) {
                    throw new IllegalStateException(batch.unacknowledged() + " event(s) not yet acknowledged by Kafka");
                }
                return batch.acknowledged();
            } catch (RuntimeException e) {
                transaction.rollback().await().indefinitely();
                throw e;
            }
        } finally {
            connection.close().await().indefinitely();
        }
    }

    private static boolean lockedByUs(SqlConnection connection) {
        return connection.preparedQuery("select pg_try_advisory_xact_lock($1) as locked")
                .execute(Tuple.of(RELAY_LOCK)).await().indefinitely()
                .iterator().next().getBoolean("locked");
    }

    private record Batch(int acknowledged, int unacknowledged) {
        static final Batch NONE = new Batch(0, 0);
    }

    /** What waits in the outbox after this pass, whichever instance relays it. */
    private void measureLag(SqlConnection connection) {
        Row row = connection.query("select count(*) as pending, min(created_at) as oldest from outbox")
                .execute().await().indefinitely().iterator().next();
        OffsetDateTime oldest = row.getOffsetDateTime("oldest");
        lag.measured(row.getLong("pending"), oldest == null ? null : oldest.toInstant());
    }

    private Batch publishPending(SqlConnection connection) {
        List<Long> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Row row : connection.preparedQuery("select id, aggregate_id, event_type, payload, traceparent from outbox order by id limit $1")
                .execute(Tuple.of(batchSize)).await().indefinitely()) {
            ids.add(row.getLong("id"));
            types.add(row.getString("event_type"));
            acks.add(producer.send(CloudEventRecords.record(topic, row.getUUID("aggregate_id").toString(), row.getString("payload")),
                    row.getString("traceparent")));
        }
        if (ids.isEmpty()) {
            return Batch.NONE;
        }
        List<Long> acknowledged = awaitAcknowledged(ids, types, acks);
        connection.preparedQuery("delete from outbox where id = any($1)")
                .execute(Tuple.of(acknowledged.toArray(Long[]::new))).await().indefinitely();
        return new Batch(acknowledged.size(), ids.size() - acknowledged.size());
    }

    /**
     * The ids whose records Kafka acknowledged, up to the first one it did not: the rest stays in the outbox
     * and is sent again in order.
     */
    private List<Long> awaitAcknowledged(List<Long> ids, List<String> types, List<Future<RecordMetadata>> acks) {
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                acks.get(i).get(producer.deliveryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
                acknowledged.add(ids.get(i));
                metrics.produced(topic, types.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.warnf("Kafka did not acknowledge outbox event %d: %s", ids.get(i), e.getMessage());
                break;
            }
        }
        return acknowledged;
    }

    /** Backs off exponentially while Kafka or the database is away, up to a few seconds. */
    private static Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(MAX_FAILURE_PAUSE) > 0 ? MAX_FAILURE_PAUSE : doubled;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
