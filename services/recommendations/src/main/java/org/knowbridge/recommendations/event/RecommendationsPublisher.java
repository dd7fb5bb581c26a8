package org.knowbridge.recommendations.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.RecommendationsUpdated;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.recommendations.domain.Ranking;
import org.knowbridge.recommendations.domain.RefreshCause;
import org.knowbridge.recommendations.engine.ranking.Reason;
import org.knowbridge.recommendations.engine.ranking.Recommendation;

/**
 * Publishes a firm's new top suggestions as {@code RecommendationsUpdated}, keyed by firm id. The list is
 * derived state, ranked again from the graph whenever asked, so it is sent without waiting: a lost event
 * costs a consumer freshness, never data.
 */
@ApplicationScoped
public class RecommendationsPublisher {

    /** How many suggestions an event carries: what a notification or a dashboard tile shows. */
    public static final int PUBLISHED = 10;

    private static final Logger LOG = Logger.getLogger(RecommendationsPublisher.class);

    private final EventPublisher publisher;

    public RecommendationsPublisher(KafkaClients kafka) {
        this.publisher = kafka.publisher("recommendations");
    }

    public void publish(Ranking ranking, RefreshCause cause) {
        List<RecommendationsUpdated.Partner> top = ranking.limitedTo(PUBLISHED).recommendations().stream()
                .map(RecommendationsPublisher::published)
                .toList();
        RecommendationsUpdated data = new RecommendationsUpdated(
                ranking.firmId(),
                ranking.organisationKey(),
                cause.name(),
                ranking.graphVersion(),
                ranking.coldStart(),
                ranking.generatedAt(),
                top);
        CloudEvent<RecommendationsUpdated> event =
                CloudEvent.of("recommendations", EventType.RecommendationsUpdated.name(), ranking.firmId(), data);
        publisher.send(
                Topic.RECOMMENDATIONS,
                event,
                error -> LOG.warnf(
                        "RecommendationsUpdated for firm %s was not published: %s",
                        ranking.firmId(), error.getMessage()));
    }

    private static RecommendationsUpdated.Partner published(Recommendation r) {
        return new RecommendationsUpdated.Partner(
                r.rank(),
                r.partnerId(),
                r.partnerName(),
                r.country(),
                r.kind().name(),
                r.score(),
                r.reasons().stream().map(Reason::sentence).toList());
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
