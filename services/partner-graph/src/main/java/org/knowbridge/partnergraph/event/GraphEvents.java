package org.knowbridge.partnergraph.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.Organisation;

/** Builds the events of {@code knowbridge.collaborations.v1} as outbox entries. */
@ApplicationScoped
public class GraphEvents {

    static final String SERVICE = "partner-graph";

    public record OrganisationUpserted(String key, String name, String country, String type, boolean sme,
            String sector, String source) {
    }

    public record PartyData(String organisationKey, String partnerKind) {
    }

    public record CollaborationRecorded(String key, String channel, int startYear, Integer endYear, String outcome,
            String source, List<PartyData> parties) {
    }

    public record CollaborationEnded(String key, int endYear, String outcome, List<String> organisationKeys) {
    }

    private final EventTracing tracing;

    public GraphEvents(EventTracing tracing) {
        this.tracing = tracing;
    }

    public OutboxEvent organisationUpserted(Organisation o, String source) {
        return event("OrganisationUpserted", o.key(), new OrganisationUpserted(o.key(), o.name(), o.country(),
                o.type().name(), o.sme(), o.sector(), source));
    }

    public OutboxEvent collaborationRecorded(Collaboration c) {
        List<PartyData> parties = c.parties().stream()
                .map(p -> new PartyData(p.organisationKey(), p.partnerKind().name())).toList();
        return event("CollaborationRecorded", c.key(), new CollaborationRecorded(c.key(), c.channel().name(),
                c.startYear(), c.endYear(), c.outcome().name(), c.source().name(), parties));
    }

    public OutboxEvent collaborationEnded(Collaboration c) {
        return event("CollaborationEnded", c.key(), new CollaborationEnded(c.key(), c.endYear(), c.outcome().name(),
                c.parties().stream().map(Collaboration.Party::organisationKey).toList()));
    }

    private <T> OutboxEvent event(String type, String key, T data) {
        return OutboxEvent.of(Topic.COLLABORATIONS, CloudEvent.of(SERVICE, type, key, data), tracing.traceparent());
    }
}
