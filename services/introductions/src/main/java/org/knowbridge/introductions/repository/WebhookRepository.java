package org.knowbridge.introductions.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.knowbridge.introductions.domain.DeliveryState;
import org.knowbridge.introductions.domain.NotificationKind;
import org.knowbridge.introductions.domain.Webhook;
import org.knowbridge.introductions.domain.WebhookDelivery;
import org.knowbridge.introductions.domain.WebhookStatus;

/** Webhook subscriptions and their delivery log, in plain SQL. */
@ApplicationScoped
public class WebhookRepository {

    private static final String WEBHOOK_COLUMNS = "id, audience, created_by, url, event_types, secret, status, "
            + "paused_reason, consecutive_failures, created_at";
    private static final String DELIVERY_COLUMNS = "id, subscription_id, notification_id, event_type, object_key, "
            + "payload, state, attempts, next_attempt_at, last_status, last_error, created_at, delivered_at";

    private final Pool pool;

    public WebhookRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(Webhook webhook) {
        return pool.preparedQuery("insert into webhook_subscription (" + WEBHOOK_COLUMNS
                        + ") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.from(Arrays.asList(
                        webhook.id(),
                        webhook.audience(),
                        webhook.createdBy(),
                        webhook.url(),
                        webhook.eventTypes().stream().map(Enum::name).toArray(String[]::new),
                        webhook.secret(),
                        webhook.status().name(),
                        webhook.pausedReason(),
                        webhook.consecutiveFailures(),
                        webhook.createdAt())))
                .replaceWithVoid();
    }

    public Uni<Long> countOf(String audience) {
        return pool.preparedQuery("select count(*) from webhook_subscription where audience = $1")
                .execute(Tuple.of(audience))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The audience's subscriptions, or (null) everyone's; oldest first. */
    public Uni<List<Webhook>> list(String audience, int limit) {
        return pool.preparedQuery("select " + WEBHOOK_COLUMNS + " from webhook_subscription "
                        + "where $1::varchar is null or audience = $1 order by created_at, id limit $2")
                .execute(Tuple.of(audience, limit))
                .map(WebhookRepository::webhooks);
    }

    public Uni<Webhook> find(UUID id) {
        return pool.preparedQuery("select " + WEBHOOK_COLUMNS + " from webhook_subscription where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    List<Webhook> found = webhooks(rows);
                    return found.isEmpty() ? null : found.get(0);
                });
    }

    /** Deletes it with its delivery log. */
    public Uni<Void> delete(UUID id) {
        return pool.preparedQuery("delete from webhook_subscription where id = $1")
                .execute(Tuple.of(id))
                .replaceWithVoid();
    }

    /** Active again: its failure count reset, and what it collected while paused due now. */
    public Uni<Void> resume(UUID id, OffsetDateTime now) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("update webhook_subscription set status = 'ACTIVE', paused_reason = null, "
                        + "consecutive_failures = 0 where id = $1")
                .execute(Tuple.of(id))
                .chain(() -> connection
                        .preparedQuery("update webhook_delivery set next_attempt_at = $2 "
                                + "where subscription_id = $1 and state = 'PENDING'")
                        .execute(Tuple.of(id, now)))
                .replaceWithVoid());
    }

    /** The subscription's deliveries, newest first, below the cursor (a delivery's seq). */
    public Uni<List<WebhookDelivery>> deliveries(UUID subscriptionId, Long before, int limit) {
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = $1 "
                        + "and ($2::bigint is null or seq < $2) order by seq desc limit $3")
                .execute(Tuple.from(Arrays.asList(subscriptionId, before, limit)))
                .map(WebhookRepository::deliveries);
    }

    public Uni<WebhookDelivery> delivery(UUID subscriptionId, UUID deliveryId) {
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery "
                        + "where subscription_id = $1 and id = $2")
                .execute(Tuple.of(subscriptionId, deliveryId))
                .map(rows -> {
                    List<WebhookDelivery> found = deliveries(rows);
                    return found.isEmpty() ? null : found.get(0);
                });
    }

    /** A new delivery of the same body (a new id, so a receiver's duplicate check does not drop it). */
    public Uni<WebhookDelivery> redeliver(WebhookDelivery original, OffsetDateTime now) {
        return pool.preparedQuery("insert into webhook_delivery (id, subscription_id, notification_id, event_type, "
                        + "object_key, payload, state, next_attempt_at, created_at) "
                        + "values ($1, $2, $3, $4, $5, $6, 'PENDING', $7, $7) returning " + DELIVERY_COLUMNS)
                .execute(Tuple.from(List.of(
                        UUID.randomUUID(),
                        original.subscriptionId(),
                        original.notificationId(),
                        original.eventType().name(),
                        original.objectKey(),
                        original.payload(),
                        now)))
                .map(rows -> deliveries(rows).get(0));
    }

    /** A delivery claimed for sending, with where to and how to sign it. */
    public record Due(WebhookDelivery delivery, String url, String secret) {}

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions, each the oldest pending one of its object
     * in its subscription, by moving their next attempt past {@code leaseUntil}: another dispatcher skips them,
     * and one that crashed mid-send is retried once the lease ran out.
     */
    public Uni<List<Due>> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("""
                        with due as (
                            select d.id from webhook_delivery d
                            join webhook_subscription s on s.id = d.subscription_id
                            where d.state = 'PENDING' and d.next_attempt_at <= $1 and s.status = 'ACTIVE'
                              and not exists (select 1 from webhook_delivery e
                                              where e.subscription_id = d.subscription_id
                                                and e.object_key = d.object_key
                                                and e.state = 'PENDING' and e.seq < d.seq)
                            order by d.seq limit $3
                            for update of d skip locked)
                        update webhook_delivery w set next_attempt_at = $2
                        from due, webhook_subscription s
                        where w.id = due.id and s.id = w.subscription_id
                        returning w.id, w.subscription_id, w.notification_id, w.event_type, w.object_key, w.payload,
                                  w.state, w.attempts, w.next_attempt_at, w.last_status, w.last_error, w.created_at,
                                  w.delivered_at, w.seq, s.url, s.secret""")
                .execute(Tuple.of(now, leaseUntil, limit))
                .map(rows -> {
                    List<Object[]> ordered = new ArrayList<>();
                    for (Row row : rows) {
                        ordered.add(new Object[] {
                            row.getLong("seq"), new Due(delivery(row), row.getString("url"), row.getString("secret"))
                        });
                    }
                    // Sent oldest first, whatever order the update returned them in.
                    ordered.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
                    return ordered.stream().map(pair -> (Due) pair[1]).toList();
                }));
    }

    /** The receiver answered 2xx. */
    public Uni<Void> delivered(UUID deliveryId, UUID subscriptionId, int status, OffsetDateTime now) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1, "
                        + "last_status = $2, last_error = null, delivered_at = $3 where id = $1")
                .execute(Tuple.of(deliveryId, status, now))
                .chain(() -> connection
                        .preparedQuery("update webhook_subscription set consecutive_failures = 0 where id = $1")
                        .execute(Tuple.of(subscriptionId)))
                .replaceWithVoid());
    }

    /**
     * An attempt failed: tried again at {@code retryAt}, or given up (FAILED) when that is null. The subscription
     * is paused with the reason once it failed {@code pauseAfter} times in a row; true when this paused it.
     */
    public Uni<Boolean> failed(
            UUID deliveryId,
            UUID subscriptionId,
            Integer status,
            String error,
            OffsetDateTime retryAt,
            int pauseAfter,
            String pauseReason) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(
                        "update webhook_delivery set attempts = attempts + 1, last_status = $2, last_error = $3, "
                                + "state = case when $4::timestamptz is null then 'FAILED' else 'PENDING' end, "
                                + "next_attempt_at = coalesce($4, next_attempt_at) where id = $1")
                .execute(Tuple.from(Arrays.asList(deliveryId, status, error, retryAt)))
                .chain(() -> connection
                        .preparedQuery(
                                "update webhook_subscription set consecutive_failures = consecutive_failures + 1, "
                                        + "status = case when consecutive_failures + 1 >= $2 then 'PAUSED' else status end, "
                                        + "paused_reason = case when consecutive_failures + 1 >= $2 and status = 'ACTIVE' "
                                        + "then $3 else paused_reason end "
                                        + "where id = $1 returning status")
                        .execute(Tuple.of(subscriptionId, pauseAfter, pauseReason)))
                .map(rows -> rows.size() > 0
                        && WebhookStatus.PAUSED
                                .name()
                                .equals(rows.iterator().next().getString(0))));
    }

    private static List<Webhook> webhooks(RowSet<Row> rows) {
        List<Webhook> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(new Webhook(
                    row.getUUID("id"),
                    row.getString("audience"),
                    row.getString("created_by"),
                    row.getString("url"),
                    Arrays.stream(row.getArrayOfStrings("event_types"))
                            .map(NotificationKind::valueOf)
                            .toList(),
                    row.getString("secret"),
                    WebhookStatus.valueOf(row.getString("status")),
                    row.getString("paused_reason"),
                    row.getInteger("consecutive_failures"),
                    row.getOffsetDateTime("created_at")));
        }
        return out;
    }

    private static List<WebhookDelivery> deliveries(RowSet<Row> rows) {
        List<WebhookDelivery> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(delivery(row));
        }
        return out;
    }

    private static WebhookDelivery delivery(Row row) {
        return new WebhookDelivery(
                row.getUUID("id"),
                row.getUUID("subscription_id"),
                row.getUUID("notification_id"),
                NotificationKind.valueOf(row.getString("event_type")),
                row.getString("object_key"),
                row.getString("payload"),
                DeliveryState.valueOf(row.getString("state")),
                row.getInteger("attempts"),
                row.getOffsetDateTime("next_attempt_at"),
                row.getInteger("last_status"),
                row.getString("last_error"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("delivered_at"));
    }
}
