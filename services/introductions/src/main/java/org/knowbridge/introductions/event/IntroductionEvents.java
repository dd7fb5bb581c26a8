package org.knowbridge.introductions.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.IntroductionErased;
import org.knowbridge.contracts.event.IntroductionSnapshot;
import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.IntroductionState;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Records introduction events in the outbox, inside the caller's transaction: the transition and its event commit
 * together or not at all. The platform's relay publishes them, keyed by introduction id.
 */
@ApplicationScoped
public class IntroductionEvents {

    static final String SERVICE = "introductions";

    private final EventTracing tracing;

    public IntroductionEvents(EventTracing tracing) {
        this.tracing = tracing;
    }

    /** The event of the state the introduction has just reached. */
    public Uni<Void> changed(Introduction introduction) {
        return append(message(typeOf(introduction.state), introduction, snapshot(introduction)));
    }

    /** The introduction was deleted with its erased firm. */
    public Uni<Void> erased(Introduction introduction) {
        return append(message(
                EventType.IntroductionErased,
                introduction,
                new IntroductionErased(introduction.id.toString(), introduction.firmId, introduction.organisationKey)));
    }

    static EventType typeOf(IntroductionState state) {
        return switch (state) {
            case REQUESTED -> EventType.IntroductionRequested;
            case ACCEPTED -> EventType.IntroductionAccepted;
            case DECLINED -> EventType.IntroductionDeclined;
            case WITHDRAWN -> EventType.IntroductionWithdrawn;
            case EXPIRED -> EventType.IntroductionExpired;
            case MEETING_HELD -> EventType.IntroductionMeetingHeld;
            case AGREEMENT_SIGNED -> EventType.IntroductionAgreementSigned;
        };
    }

    /** No free text: what the parties wrote stays in this service. */
    static IntroductionSnapshot snapshot(Introduction introduction) {
        return new IntroductionSnapshot(
                introduction.id.toString(),
                introduction.firmId,
                introduction.organisationKey,
                introduction.route.name(),
                introduction.brokerAgency,
                introduction.state.name(),
                introduction.channel.name(),
                introduction.fromSuggestion,
                introduction.declineReason == null ? null : introduction.declineReason.name(),
                introduction.agreementChannel == null ? null : introduction.agreementChannel.name(),
                introduction.requestedAt,
                introduction.changedAt);
    }

    private OutboxMessage message(EventType type, Introduction introduction, Object data) {
        CloudEvent<Object> event = CloudEvent.of(SERVICE, type.name(), introduction.id.toString(), data);
        OutboxMessage message = new OutboxMessage();
        message.aggregateId = introduction.id;
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
