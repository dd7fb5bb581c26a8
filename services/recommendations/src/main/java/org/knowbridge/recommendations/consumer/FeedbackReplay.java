package org.knowbridge.recommendations.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.PartnersSuggested;
import org.knowbridge.contracts.event.RecommendationFeedbackGiven;
import org.knowbridge.contracts.event.RecommendationsUpdated;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.TopicFollower;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.domain.Verdict;
import org.knowbridge.recommendations.service.FeedbackService;
import org.knowbridge.recommendations.service.SuggestionRecorder;
import org.knowbridge.recommendations.service.TopicReplay;

/**
 * Rebuilds the feedback store, and which partners each firm was ever suggested, from the whole topic at
 * start-up, then keeps reading it, so every instance knows what was given and suggested through any instance.
 */
@ApplicationScoped
public class FeedbackReplay implements TopicReplay {

    private static final Logger LOG = Logger.getLogger(FeedbackReplay.class);

    private final KafkaClients kafka;
    private final FeedbackService service;
    private final SuggestionRecorder suggestions;
    private TopicFollower follower;

    public FeedbackReplay(KafkaClients kafka, FeedbackService service, SuggestionRecorder suggestions) {
        this.kafka = kafka;
        this.service = service;
        this.suggestions = suggestions;
    }

    @Override
    public Topic topic() {
        return Topic.RECOMMENDATIONS;
    }

    @Override
    public boolean caughtUp() {
        return follower != null && follower.caughtUp();
    }

    void onStart(@Observes StartupEvent event) {
        follower = kafka.followerFromBeginning(topic(), this::apply).start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (follower != null) {
            follower.stop();
        }
    }

    private void apply(List<CloudEvent<JsonNode>> events) {
        boolean live = caughtUp();
        for (CloudEvent<JsonNode> event : events) {
            EventType type = EventType.fromCloudEventType(event.type()).orElse(null);
            try {
                if (type == EventType.RecommendationFeedbackGiven) {
                    service.apply(feedback(CloudEventCodec.data(event, RecommendationFeedbackGiven.class)), live);
                } else if (type == EventType.PartnersSuggested) {
                    PartnersSuggested suggested = CloudEventCodec.data(event, PartnersSuggested.class);
                    suggestions.replayed(suggested.firmId(), suggested.partnerKeys());
                } else if (type == EventType.RecommendationsUpdated) {
                    RecommendationsUpdated updated = CloudEventCodec.data(event, RecommendationsUpdated.class);
                    suggestions.replayed(
                            updated.firmId(),
                            updated.recommendations().stream()
                                    .map(RecommendationsUpdated.Partner::partnerKey)
                                    .toList());
                }
            } catch (IllegalArgumentException e) {
                // One bad event must not stop the service from learning every other firm's feedback.
                LOG.errorf("Skipping %s event %s with unreadable data: %s", type, event.id(), e.getMessage());
            }
        }
    }

    /** The feedback an event records; throws for a verdict or reason this version does not know. */
    static Feedback feedback(RecommendationFeedbackGiven given) {
        if (given.firmId() == null || given.partnerId() == null) {
            throw new IllegalArgumentException("no firmId or partnerId");
        }
        Verdict verdict = EnumNames.parse(Verdict.class, given.verdict())
                .orElseThrow(() -> new IllegalArgumentException("unknown verdict " + given.verdict()));
        DeclineReason reason = given.reason() == null
                ? null
                : EnumNames.parse(DeclineReason.class, given.reason())
                        .orElseThrow(() -> new IllegalArgumentException("unknown reason " + given.reason()));
        return new Feedback(
                given.firmId(), given.partnerId(), verdict, reason, given.comment(), given.givenBy(), given.givenAt());
    }
}
