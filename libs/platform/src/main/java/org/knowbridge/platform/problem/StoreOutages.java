package org.knowbridge.platform.problem;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that say a store could not be reached at all (PostgreSQL refusing connections, or not accepting them yet
 * while it recovers; Neo4j's driver finding no server), e.g. while it restarts after a crash. The request then changed nothing and can be sent again shortly: a
 * 503 with Retry-After, not an unexpected 500.
 */
final class StoreOutages {

    /** Neo4j's driver, named rather than imported: the platform does not depend on it. */
    private static final Set<String> UNREACHABLE = Set.of("org.neo4j.driver.exceptions.ServiceUnavailableException");

    /** PostgreSQL's SQLSTATEs for a connection that was never made: cannot connect now, unable to connect, rejected. */
    private static final Set<String> NOT_CONNECTED = Set.of("57P03", "08001", "08004");

    private StoreOutages() {}

    static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException
                    || UNREACHABLE.contains(cause.getClass().getName())
                    || NOT_CONNECTED.contains(sqlState(cause))) {
                return true;
            }
        }
        return false;
    }

    /** The SQLSTATE of a database failure, else "" (the immutable set refuses to look up null). */
    private static String sqlState(Throwable e) {
        String state = null;
        if (e instanceof PgException pg) {
            state = pg.getSqlState();
        } else if (e instanceof SQLException sql) {
            state = sql.getSQLState();
        }
        return state == null ? "" : state;
    }
}
