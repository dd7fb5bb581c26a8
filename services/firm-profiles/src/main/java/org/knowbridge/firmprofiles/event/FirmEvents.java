package org.knowbridge.firmprofiles.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.FirmErased;
import org.knowbridge.contracts.event.FirmSnapshot;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.observability.EventTracing;

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
        return append(message(EventType.FirmRegistered, firm));
    }

    public Uni<Void> updated(Firm firm) {
        return append(message(EventType.FirmUpdated, firm));
    }

    public Uni<Void> published(Firm firm) {
        return append(message(EventType.FirmPublished, firm));
    }

    public Uni<Void> erased(Firm firm) {
        return append(message(EventType.FirmErased, firm));
    }

    /** The outbox row of a firm event, for callers that persist many rows at once. */
    public OutboxMessage message(EventType type, Firm firm) {
        return message(type, firm, type == EventType.FirmErased ? new FirmErased(firm.id.toString()) : snapshot(firm));
    }

    /** The firm's whole state, as the Firm* events carry it. */
    static FirmSnapshot snapshot(Firm firm) {
        return new FirmSnapshot(
                firm.id.toString(),
                firm.legalName,
                firm.country,
                firm.sector,
                firm.sizeClass == null ? null : firm.sizeClass.name(),
                firm.status.name(),
                List.of(firm.knowledgeAreasOffered),
                List.of(firm.knowledgeAreasSought),
                List.of(firm.targetCountries),
                List.of(firm.partnerKinds),
                List.of(firm.channels),
                firm.visibleToPartners(),
                firm.onboardedBy,
                firm.externalId,
                firm.sharesIntroductionContact()
                        ? new FirmSnapshot.IntroductionContact(
                                firm.contactName, firm.contactRole, firm.contactEmail, firm.contactPhone)
                        : null);
    }

    private OutboxMessage message(EventType type, Firm firm, Object data) {
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
