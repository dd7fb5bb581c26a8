package org.knowbridge.firmprofiles.repository;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.messaging.OutboxStore;
import org.knowbridge.platform.messaging.PostgresOutbox;

/** The service's {@code outbox} table (the platform's {@link PostgresOutbox}): firm events for the firms topic. */
@ApplicationScoped
public class OutboxRepository implements OutboxStore {

    /** Any constant shared by every instance of the service, and by no other service's outbox. */
    private static final long RELAY_LOCK = 0x6b62_6669_726d_7301L;

    private final PostgresOutbox outbox;

    public OutboxRepository(Pool pool) {
        this.outbox = new PostgresOutbox(pool, RELAY_LOCK, Topic.FIRMS);
    }

    @Override
    public Claim claimOldest(int limit) {
        return outbox.claimOldest(limit);
    }

    @Override
    public Backlog backlog() {
        return outbox.backlog();
    }
}
