package org.knowbridge.partnergraph.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.knowbridge.contracts.event.CollaborationClaimDecided;
import org.knowbridge.contracts.event.CollaborationClaimed;
import org.knowbridge.contracts.event.CollaborationEnded;
import org.knowbridge.contracts.event.CollaborationRecorded;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.OrganisationErased;
import org.knowbridge.contracts.event.OrganisationUpserted;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.OrganisationEvents;
import org.knowbridge.partnergraph.domain.Stewardship;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.knowbridge.platform.observability.EventTracing;

/** Builds the events of {@link org.knowbridge.contracts.event.Topic#COLLABORATIONS} as outbox entries. */
@ApplicationScoped
public class GraphEvents {

    static final String SERVICE = "partner-graph";

    private final EventTracing tracing;

    public GraphEvents(EventTracing tracing) {
        this.tracing = tracing;
    }

    public OutboxEvent organisationUpserted(Organisation o, String source) {
        return event(
                EventType.OrganisationUpserted,
                o.key(),
                new OrganisationUpserted(
                        o.key(), o.name(), o.country(), o.type().name(), o.sme(), o.sector(), source));
    }

    public OutboxEvent organisationErased(String key, String firmId, String mergedInto, String traceparent) {
        return OutboxEvent.of(
                EventType.OrganisationErased.topic(),
                CloudEvent.of(
                        SERVICE,
                        EventType.OrganisationErased.name(),
                        key,
                        new OrganisationErased(key, firmId, mergedInto)),
                traceparent);
    }

    /**
     * The events of a firm's node, built later inside the write (when its key is known) but in the trace current
     * now, i.e. that of the firm's record.
     */
    public OrganisationEvents ofFirm() {
        String traceparent = tracing.traceparent();
        return new OrganisationEvents() {
            @Override
            public OutboxEvent upserted(Organisation organisation) {
                return OutboxEvent.of(
                        EventType.OrganisationUpserted.topic(),
                        CloudEvent.of(
                                SERVICE,
                                EventType.OrganisationUpserted.name(),
                                organisation.key(),
                                upsertedData(organisation, "FIRM_PROFILES")),
                        traceparent);
            }

            @Override
            public OutboxEvent erased(String key, String firmId, String mergedInto) {
                return organisationErased(key, firmId, mergedInto, traceparent);
            }
        };
    }

    private static OrganisationUpserted upsertedData(Organisation o, String source) {
        return new OrganisationUpserted(o.key(), o.name(), o.country(), o.type().name(), o.sme(), o.sector(), source);
    }

    public OutboxEvent collaborationRecorded(Collaboration c) {
        List<CollaborationRecorded.Party> parties = c.parties().stream()
                .map(p -> new CollaborationRecorded.Party(
                        p.organisationKey(), p.partnerKind().name()))
                .toList();
        return event(
                EventType.CollaborationRecorded,
                c.key(),
                new CollaborationRecorded(
                        c.key(),
                        c.channel().name(),
                        c.startYear(),
                        c.endYear(),
                        c.outcome().name(),
                        c.source().name(),
                        parties));
    }

    /**
     * A PENDING claim, for the side it awaits: who claimed it and which platform firm each side is (what the
     * notifications need to find the awaited side's readers, and to forget an erased claimant).
     */
    public OutboxEvent collaborationClaimed(
            Collaboration claim, Organisation claimant, Stewardship awaitedSide, Stewardship claimantSide) {
        return event(
                EventType.CollaborationClaimed,
                claim.key(),
                new CollaborationClaimed(
                        claim.key(),
                        claim.awaiting(),
                        awaitedSide.platformFirmId(),
                        claimant.key(),
                        claimant.name(),
                        claimantSide.platformFirmId(),
                        claim.channel().name(),
                        claim.startYear(),
                        OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /**
     * A PENDING claim settled: confirmed or rejected by the side it awaited, or withdrawn by its claimant. Both
     * sides' platform firms again, so that the notifications find the claimant's readers and mark the awaited
     * side's notice decided.
     */
    public OutboxEvent collaborationClaimDecided(
            Collaboration claim,
            CollaborationClaimDecided.Decision outcome,
            Stewardship awaitedSide,
            Stewardship claimantSide) {
        return event(
                EventType.CollaborationClaimDecided,
                claim.key(),
                new CollaborationClaimDecided(
                        claim.key(),
                        claim.awaiting(),
                        awaitedSide == null ? null : awaitedSide.platformFirmId(),
                        claim.claimant(),
                        claimantSide == null ? null : claimantSide.platformFirmId(),
                        claim.channel().name(),
                        claim.startYear(),
                        outcome.name(),
                        OffsetDateTime.now(ZoneOffset.UTC)));
    }

    public OutboxEvent collaborationEnded(Collaboration c) {
        return event(
                EventType.CollaborationEnded,
                c.key(),
                new CollaborationEnded(
                        c.key(),
                        c.endYear(),
                        c.outcome().name(),
                        c.parties().stream()
                                .map(Collaboration.Party::organisationKey)
                                .toList()));
    }

    private <T> OutboxEvent event(EventType type, String key, T data) {
        return OutboxEvent.of(type.topic(), CloudEvent.of(SERVICE, type.name(), key, data), tracing.traceparent());
    }
}
