package org.knowbridge.introductions.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * A firm's erasure applied twice at once (a replay beside the first, or a second consumer of the firms topic on the
 * same database) must leave the firm erased without failing the consumer: a failure there would stop the service's
 * firm events and its readiness.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmErasureTwiceTest {

    @Inject
    FirmMirrorService mirror;

    @Test
    void anErasureThatFindsTheFirmErasedMeanwhileByAnotherSucceeds() throws Exception {
        String firmId = TestFirms.firm(TestFirms.uniqueName("Erased Twice Oy"), TestFirms.DEMO_AGENCY_ORG);
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try (Connection other = TestFirms.database()) {
            other.setAutoCommit(false);
            // The other erasure has deleted the firm but not committed: this one waits on the row, then finds it gone.
            try (PreparedStatement delete = other.prepareStatement("delete from firm where id = ?")) {
                delete.setString(1, firmId);
                delete.executeUpdate();
            }
            Future<Void> erasure = consumer.submit(() -> {
                try {
                    return VertxContextSupport.subscribeAndAwait(() -> mirror.erase(firmId));
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingOnALock(other);
            other.commit();

            assertDoesNotThrow(() -> erasure.get(30, TimeUnit.SECONDS));
            assertFalse(exists(firmId));
        } finally {
            consumer.shutdownNow();
        }
    }

    private static void awaitWaitingOnALock(Connection holder) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection watcher = TestFirms.database();
                PreparedStatement waiting = watcher.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        holder.rollback();
        throw new AssertionError("The erasure never waited on the other transaction's row");
    }

    private static boolean exists(String firmId) throws SQLException {
        try (Connection connection = TestFirms.database();
                PreparedStatement query = connection.prepareStatement("select 1 from firm where id = ?")) {
            query.setString(1, firmId);
            return query.executeQuery().next();
        }
    }
}
