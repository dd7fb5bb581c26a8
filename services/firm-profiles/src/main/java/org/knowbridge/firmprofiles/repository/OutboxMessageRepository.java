package org.knowbridge.firmprofiles.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.firmprofiles.event.OutboxMessage;
import org.knowbridge.firmprofiles.repository.BulkInsert.Column;

/**
 * Writes many firm events to the outbox at once, in the caller's transaction (the relay's side of the table is
 * {@link OutboxRepository}). Their ids are drawn in the order given, so one firm's events keep their order.
 */
@ApplicationScoped
public class OutboxMessageRepository {

    private static final BulkInsert<OutboxMessage> INSERT = new BulkInsert<>(
            "outbox",
            List.of(
                    new Column<>("aggregate_id", "uuid", message -> message.aggregateId),
                    new Column<>("event_type", "varchar(50)", message -> message.eventType),
                    new Column<>("payload", "text", message -> message.payload),
                    new Column<>("created_at", "timestamptz", message -> message.createdAt),
                    new Column<>("traceparent", "varchar(55)", message -> message.traceparent)));

    /** Appends the messages, in this order, to the outbox in the current transaction. */
    public Uni<Void> appendAll(List<OutboxMessage> messages) {
        return INSERT.insert(messages);
    }
}
