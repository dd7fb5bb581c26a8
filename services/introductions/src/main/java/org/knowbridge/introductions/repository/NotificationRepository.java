package org.knowbridge.introductions.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knowbridge.introductions.domain.NewNotification;
import org.knowbridge.introductions.domain.Notification;
import org.knowbridge.introductions.domain.NotificationKind;

/**
 * The inbox tables, in plain SQL: an event's notifications and their webhook deliveries are written in one
 * transaction together with the event's id, so a replayed event changes nothing and an acknowledged one is never
 * half applied.
 */
@ApplicationScoped
public class NotificationRepository {

    /**
     * Notifications for the firm ($2), about it ($1), or naming it as the requester, a claimant or the awaited side
     * of a claim (by its own node, whose key is its id).
     */
    private static final String ABOUT_FIRM = "audience = $2 or subject = $1 or data::jsonb ->> 'firmId' = $1 "
            + "or data::jsonb ->> 'claimantFirmId' = $1 or data::jsonb ->> 'awaitedKey' = $1";

    private final Pool pool;

    public NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    /** How a stored notification is posted to a webhook: the exact body, from its id and when it happened. */
    @FunctionalInterface
    public interface DeliveryBody {
        String of(UUID notificationId, NewNotification notification, OffsetDateTime occurredAt);
    }

    /**
     * What an event settles: the notifications of {@code kind} about {@code subject} (of every audience) asked
     * their readers to act, and no longer do. The fields that offered the action are dropped, the settlement's own
     * added (a JSON object), and they count as read: a settled notice waits for nobody.
     */
    public record Settlement(NotificationKind kind, String subject, List<String> dropFields, String addFields) {}

    /**
     * Stores the notifications of one event, and a delivery for every subscription of their audience that wants
     * their kind; false (and nothing written) when the event was applied before.
     */
    public Uni<Boolean> store(
            String eventId, List<NewNotification> notifications, OffsetDateTime now, DeliveryBody body) {
        return store(eventId, null, notifications, now, body);
    }

    /**
     * Applies one event once: settles what it settles (none when null) and stores its notifications, in one
     * transaction with its id. The id goes in first: a second application (a replay, or another consumer group on
     * this database applying it at the same time) waits there for the first to commit, then finds it and does
     * nothing; false then.
     */
    public Uni<Boolean> store(
            String eventId,
            Settlement settlement,
            List<NewNotification> notifications,
            OffsetDateTime now,
            DeliveryBody body) {
        return pool.withTransaction(connection -> storeOnce(connection, eventId, settlement, notifications, now, body));
    }

    /** One event's notifications, stored once per event id. */
    public record EventNotifications(String eventId, List<NewNotification> notifications) {}

    /**
     * Stores several events' notifications in one transaction, in the given order, each event once (as {@link
     * #store}): a polled batch of events commits once. The caller keeps the events of one partition together, in their
     * order, so that two consumers applying the same events lock their ids in the same order.
     */
    public Uni<Void> storeAll(List<EventNotifications> events, OffsetDateTime now, DeliveryBody body) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(connection -> {
            Uni<Boolean> all = Uni.createFrom().item(true);
            for (EventNotifications event : events) {
                all = all.chain(() -> storeOnce(connection, event.eventId(), null, event.notifications(), now, body));
            }
            return all.replaceWithVoid();
        });
    }

    private Uni<Boolean> storeOnce(
            SqlConnection connection,
            String eventId,
            Settlement settlement,
            List<NewNotification> notifications,
            OffsetDateTime now,
            DeliveryBody body) {
        return connection
                .preparedQuery("insert into notification_event (event_id, processed_at) values ($1, $2) "
                        + "on conflict (event_id) do nothing")
                .execute(Tuple.of(eventId, now))
                .chain(inserted -> {
                    if (inserted.rowCount() == 0) {
                        return Uni.createFrom().item(false);
                    }
                    Uni<Void> all =
                            settlement == null ? Uni.createFrom().voidItem() : settle(connection, settlement, now);
                    for (NewNotification notification : notifications) {
                        all = all.chain(() -> store(connection, notification, now, body));
                    }
                    return all.replaceWith(true);
                });
    }

    private static Uni<Void> settle(SqlConnection connection, Settlement settlement, OffsetDateTime now) {
        return connection
                .preparedQuery("update notification set data = ((data::jsonb - $3::text[]) || $4::text::jsonb)::text, "
                        + "read_at = coalesce(read_at, $5) where subject = $1 and kind = $2")
                .execute(Tuple.from(List.of(
                        settlement.subject(),
                        settlement.kind().name(),
                        settlement.dropFields().toArray(String[]::new),
                        settlement.addFields(),
                        now)))
                .replaceWithVoid();
    }

    private Uni<Void> store(SqlConnection connection, NewNotification n, OffsetDateTime now, DeliveryBody body) {
        // A changed list replaces the unread notice of the last change rather than piling up beside it.
        Uni<UUID> refreshed = n.kind() == NotificationKind.SUGGESTIONS_CHANGED
                ? connection
                        .preparedQuery("update notification set seq = nextval('notification_seq'), data = $1, "
                                + "occurred_at = $2 where audience = $3 and kind = $4 and subject = $5 "
                                + "and read_at is null returning id")
                        .execute(Tuple.of(n.data(), now, n.audience(), n.kind().name(), n.subject()))
                        .map(NotificationRepository::firstId)
                : Uni.createFrom().nullItem();
        return refreshed
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing);
                    }
                    UUID id = UUID.randomUUID();
                    return connection
                            .preparedQuery("insert into notification (id, audience, kind, subject, data, occurred_at) "
                                    + "values ($1, $2, $3, $4, $5, $6)")
                            .execute(Tuple.from(
                                    List.of(id, n.audience(), n.kind().name(), n.subject(), n.data(), now)))
                            .replaceWith(id);
                })
                .chain(id -> connection
                        .preparedQuery(
                                "insert into webhook_delivery (id, subscription_id, notification_id, event_type, "
                                        + "object_key, payload, state, next_attempt_at, created_at) "
                                        + "select gen_random_uuid(), s.id, $1::uuid, $2::varchar, $3::varchar, $4::text, 'PENDING', $5::timestamptz, $5::timestamptz "
                                        + "from webhook_subscription s where s.audience = $6 and $2::varchar = any(s.event_types) "
                                        + "order by s.id")
                        .execute(Tuple.from(
                                List.of(id, n.kind().name(), n.subject(), body.of(id, n, now), now, n.audience())))
                        .replaceWithVoid());
    }

    /** The audience's feed, newest first, below the cursor (a seq), from {@code since} on, unread only if asked. */
    public Uni<List<Notification>> page(
            String audience, Long before, OffsetDateTime since, boolean unreadOnly, int limit) {
        return pool.preparedQuery("select id, seq, kind, subject, data, occurred_at, read_at from notification "
                        + "where audience = $1 and ($2::bigint is null or seq < $2) "
                        + "and ($3::timestamptz is null or occurred_at >= $3) and (not $4 or read_at is null) "
                        + "order by seq desc limit $5")
                .execute(Tuple.from(java.util.Arrays.asList(audience, before, since, unreadOnly, limit)))
                .map(NotificationRepository::notifications);
    }

    /** One indexed count. */
    public Uni<Long> unread(String audience) {
        return pool.preparedQuery("select count(*) from notification where audience = $1 and read_at is null")
                .execute(Tuple.of(audience))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Marks the given notifications of the audience read; how many were unread. */
    public Uni<Integer> markRead(String audience, List<UUID> ids, OffsetDateTime now) {
        return pool.preparedQuery("update notification set read_at = $3 "
                        + "where audience = $1 and id = any($2) and read_at is null")
                .execute(Tuple.of(audience, ids.toArray(UUID[]::new), now))
                .map(RowSet::rowCount);
    }

    /** Marks the audience's notifications up to and including the given one read; null when it is not theirs. */
    public Uni<Integer> markReadUpTo(String audience, UUID upTo, OffsetDateTime now) {
        return pool.preparedQuery("select seq from notification where audience = $1 and id = $2")
                .execute(Tuple.of(audience, upTo))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    long seq = rows.iterator().next().getLong(0);
                    return pool.preparedQuery("update notification set read_at = $3 "
                                    + "where audience = $1 and seq <= $2 and read_at is null")
                            .execute(Tuple.of(audience, seq, now))
                            .map(RowSet::rowCount);
                });
    }

    /** Forgets everything about an erased introduction: its notifications and what was still to be sent. */
    public Uni<Void> forget(String subject) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("delete from webhook_delivery where object_key = $1 and state = 'PENDING'")
                .execute(Tuple.of(subject))
                .chain(() -> connection
                        .preparedQuery("delete from notification where subject = $1")
                        .execute(Tuple.of(subject)))
                .replaceWithVoid());
    }

    /**
     * Forgets an erased firm: its own feed, and every notification about it or naming it (an agency's notices of its
     * suggestions and answers, another side's notice of its claim), with what was still to be sent of them.
     */
    public Uni<Void> forgetFirm(String firmId, String firmAudience) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("delete from webhook_delivery where state = 'PENDING' and notification_id in "
                        + "(select id from notification where " + ABOUT_FIRM + ")")
                .execute(Tuple.of(firmId, firmAudience))
                .chain(() -> connection
                        .preparedQuery("delete from notification where " + ABOUT_FIRM)
                        .execute(Tuple.of(firmId, firmAudience)))
                .replaceWithVoid());
    }

    /** The org_id of the agency that onboarded a mirrored firm, and whether the firm is mirrored at all. */
    public Uni<MirroredOnboarding> onboarding(String firmId) {
        return onboardings(List.of(firmId)).map(found -> found.get(firmId));
    }

    public record MirroredOnboarding(boolean known, String onboardedBy) {
        static final MirroredOnboarding UNKNOWN = new MirroredOnboarding(false, null);
    }

    /** {@link #onboarding} of several firms at once; a firm not mirrored here maps to an unknown one. */
    public Uni<Map<String, MirroredOnboarding>> onboardings(Collection<String> firmIds) {
        return pool.preparedQuery("select id, onboarded_by from firm where id = any($1)")
                .execute(Tuple.of(firmIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, MirroredOnboarding> found = new HashMap<>();
                    for (String firmId : firmIds) {
                        found.put(firmId, MirroredOnboarding.UNKNOWN);
                    }
                    for (Row row : rows) {
                        found.put(row.getString(0), new MirroredOnboarding(true, row.getString(1)));
                    }
                    return found;
                });
    }

    /** Whether a partner registered the organisation as its own (PUT /api/v1/partners/me): it reads its notices. */
    public Uni<Boolean> registeredPartner(String orgKey) {
        return pool.preparedQuery("select 1 from partner_organisation where org_key = $1")
                .execute(Tuple.of(orgKey))
                .map(rows -> rows.size() > 0);
    }

    private static UUID firstId(RowSet<Row> rows) {
        return rows.size() == 0 ? null : rows.iterator().next().getUUID(0);
    }

    private static List<Notification> notifications(RowSet<Row> rows) {
        List<Notification> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(new Notification(
                    row.getUUID("id"),
                    row.getLong("seq"),
                    NotificationKind.valueOf(row.getString("kind")),
                    row.getString("subject"),
                    row.getString("data"),
                    row.getOffsetDateTime("occurred_at"),
                    row.getOffsetDateTime("read_at")));
        }
        return out;
    }
}
