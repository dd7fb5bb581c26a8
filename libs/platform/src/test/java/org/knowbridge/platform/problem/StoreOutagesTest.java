package org.knowbridge.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreOutagesTest {

    @Test
    void aRefusedConnectionAnywhereInTheCausesIsAStoreOutage() {
        ConnectException refused = new ConnectException("Connection refused: /127.0.0.1:5433");
        assertTrue(StoreOutages.unreachable(refused));
        assertTrue(StoreOutages.unreachable(new IllegalStateException("query failed", new RuntimeException(refused))));
    }

    @Test
    void aDatabaseThatDoesNotAcceptConnectionsYetIsAStoreOutage() {
        assertTrue(StoreOutages.unreachable(
                new PgException("the database system is starting up", "FATAL", "57P03", null)));
        assertTrue(StoreOutages.unreachable(new SQLException("Connection refused", "08001")));
    }

    @Test
    void aFailureOfTheQueryItselfIsNone() {
        assertFalse(StoreOutages.unreachable(new PgException("duplicate key value", "ERROR", "23505", null)));
        assertFalse(StoreOutages.unreachable(new SQLException("duplicate key value violates unique constraint")));
        assertFalse(StoreOutages.unreachable(new IllegalStateException("a bug")));
    }
}
