package org.knowbridge.introductions.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.introductions.TestEvents;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * One decision on a claim applied by two consumers at once (a module-test instance and the demo instance read the
 * collaborations topic in consumer groups of their own, on one database): the second waits for the first to commit,
 * then finds the event applied, so the awaited side's notices are settled once and the claimant's side is told once.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ClaimDecisionTwiceTest {

    @Inject
    NotificationService notifications;

    @Test
    void aDecisionAppliedTwiceAtOnceSettlesAndNotifiesOnce() throws Exception {
        String awaited = TestFirms.firm(TestFirms.uniqueName("Deciding Twice Oy"), TestFirms.DEMO_AGENCY_ORG);
        String claimant = TestFirms.firm(TestFirms.uniqueName("Decided Twice Oy"), TestFirms.DEMO_AGENCY_ORG);
        String claim = "collab:" + UUID.randomUUID();
        apply(TestEvents.collaborationClaimedEvent(
                UUID.randomUUID().toString(), claim, awaited, awaited, claimant, claimant));
        String decision = TestEvents.collaborationClaimDecidedEvent(
                UUID.randomUUID().toString(), claim, "CONFIRMED", awaited, awaited, claimant, claimant);

        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try (Connection other = TestFirms.database()) {
            other.setAutoCommit(false);
            // Someone holds the claim's notices: the first application waits there with the event's id written, and
            // the second, started meanwhile, waits on that id.
            try (PreparedStatement hold =
                    other.prepareStatement("select id from notification where subject = ? for update")) {
                hold.setString(1, claim);
                hold.executeQuery().close();
            }
            List<Future<Void>> applications = new ArrayList<>();
            applications.add(consumers.submit(() -> apply(decision)));
            awaitWaitingOnLocks(other, 1);
            applications.add(consumers.submit(() -> apply(decision)));
            awaitWaitingOnLocks(other, 2);
            other.commit();
            for (Future<Void> application : applications) {
                assertDoesNotThrow(() -> application.get(30, TimeUnit.SECONDS));
            }
        } finally {
            consumers.shutdownNow();
        }

        List<String> notices = notices(claim);
        assertEquals(
                Set.of(
                        "COLLABORATION_CLAIM_RECEIVED firm:" + awaited + " read CONFIRMED",
                        "COLLABORATION_CLAIM_RECEIVED org:" + TestFirms.DEMO_AGENCY_ORG + " read CONFIRMED",
                        "COLLABORATION_CLAIM_CONFIRMED firm:" + claimant + " unread CONFIRMED",
                        "COLLABORATION_CLAIM_CONFIRMED org:" + TestFirms.DEMO_AGENCY_ORG + " unread CONFIRMED"),
                Set.copyOf(notices));
        assertEquals(4, notices.size(), "each once: " + notices);
    }

    private Void apply(String event) {
        var decoded = CloudEventCodec.decode(event);
        EventType type = EventType.fromCloudEventType(decoded.type()).orElseThrow();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> notifications.apply(decoded, type));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each notification about the claim as "kind audience read|unread outcome". */
    private static List<String> notices(String claim) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection connection = TestFirms.database();
                PreparedStatement query = connection.prepareStatement(
                        "select kind, audience, read_at is not null as read, data::jsonb ->> 'outcome' as outcome "
                                + "from notification where subject = ?")) {
            query.setString(1, claim);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String outcome = rows.getString("outcome");
                    assertNotNull(outcome, "every notice of the claim has its outcome");
                    out.add(rows.getString("kind") + " " + rows.getString("audience") + " "
                            + (rows.getBoolean("read") ? "read" : "unread") + " " + outcome);
                }
            }
        }
        return out;
    }

    private static void awaitWaitingOnLocks(Connection holder, int waiting) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection watcher = TestFirms.database();
                PreparedStatement query = watcher.prepareStatement("select count(*) from pg_stat_activity "
                        + "where datname = 'introductions' and wait_event_type = 'Lock'")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= waiting) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        holder.rollback();
        throw new AssertionError("The applications never waited on each other (" + waiting + " expected waiting)");
    }
}
