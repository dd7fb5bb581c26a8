package org.knowbridge.firmprofiles.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.firmprofiles.domain.Firm;

/**
 * Records firm events in the outbox, inside the caller's transaction: the change and its event commit
 * together or not at all. The platform's relay publishes them.
 */
@ApplicationScoped
public class FirmEvents {

    static final String SERVICE = "firm-profiles";

    private final EventTracing tracing;

    public FirmEvents(EventTracing tracing) {
        this.tracing = tracing;
    }

    public Uni<Void> registered(Firm firm) {
        return record(FirmEventType.FirmRegistered, firm);
    }

    public Uni<Void> updated(Firm firm) {
        return record(FirmEventType.FirmUpdated, firm);
    }

    public Uni<Void> published(Firm firm) {
        return record(FirmEventType.FirmPublished, firm);
    }

    public Uni<Void> erased(Firm firm) {
        return append(message(FirmEventType.FirmErased, firm, new FirmErasure(firm.id)));
    }

    private Uni<Void> record(FirmEventType type, Firm firm) {
        return append(message(type, firm, FirmSnapshot.of(firm)));
    }

    /** The outbox row of an event, for callers that persist many rows at once. */
    public OutboxMessage message(FirmEventType type, Firm firm) {
        return message(type, firm, type == FirmEventType.FirmErased ? new FirmErasure(firm.id) : FirmSnapshot.of(firm));
    }

    private OutboxMessage message(FirmEventType type, Firm firm, Object data) {
        CloudEvent<Object> event = CloudEvent.of(SERVICE, type.name(), firm.id.toString(), data);
        OutboxMessage message = new OutboxMessage();
        message.aggregateId = firm.id;
        message.eventType = type.name();
        message.payload = CloudEventCodec.encode(event);
        message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        message.traceparent = tracing.traceparent();
        return message;
    }

    private static Uni<Void> append(OutboxMessage message) {
        return Panache.getSession().chain(session -> session.persist(message));
    }
}
