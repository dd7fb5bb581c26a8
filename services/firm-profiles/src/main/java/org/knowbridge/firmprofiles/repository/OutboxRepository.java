package org.knowbridge.firmprofiles.repository;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.messaging.PostgresOutbox;

/** The service's {@code outbox} table (the platform's {@link PostgresOutbox}): firm events for the firms topic. */
@Singleton
public class OutboxRepository extends PostgresOutbox {

    /** Any constant shared by every instance of the service, and by no other service's outbox. */
    private static final long RELAY_LOCK = 0x6b62_6669_726d_7301L;

    public OutboxRepository(Pool pool) {
        super(pool, RELAY_LOCK, Topic.FIRMS);
    }
}
