package org.knowbridge.recommendations.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.RecommendationFeedbackGiven;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.recommendations.domain.Feedback;

/**
 * Publishes feedback as {@code RecommendationFeedbackGiven} and waits for Kafka's acknowledgement: the
 * event log is where feedback is stored, so a caller is only told "saved" once every replica has it.
 */
@ApplicationScoped
public class FeedbackPublisher {

    private static final Logger LOG = Logger.getLogger(FeedbackPublisher.class);

    private final EventPublisher publisher;
    /** Beyond this a record Kafka did not acknowledge is never written, so "nothing was saved" holds. */
    private final Duration acknowledgementBound;

    public FeedbackPublisher(KafkaClients kafka) {
        this.publisher = kafka.publisher("feedback");
        this.acknowledgementBound = kafka.acknowledgementBound();
    }

    /** Returns once Kafka acknowledged; answers 503 when it cannot, and then nothing was stored. */
    public void publish(Feedback feedback) {
        RecommendationFeedbackGiven data = new RecommendationFeedbackGiven(
                feedback.firmId(),
                feedback.partnerId(),
                feedback.verdict().name(),
                feedback.reason() == null ? null : feedback.reason().name(),
                feedback.comment(),
                feedback.givenBy(),
                feedback.givenAt());
        CloudEvent<RecommendationFeedbackGiven> event =
                CloudEvent.of("recommendations", EventType.RecommendationFeedbackGiven.name(), feedback.firmId(), data);
        try {
            // A failure is reported by the future too.
            publisher
                    .send(Topic.RECOMMENDATIONS, event, error -> {})
                    .get(acknowledgementBound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf(e, "Feedback of firm %s on %s was not stored", feedback.firmId(), feedback.partnerId());
            throw new ProblemException(
                    ProblemType.UNAVAILABLE, "Feedback could not be stored now; nothing was saved, please retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(
                    ProblemType.UNAVAILABLE, "Interrupted while storing feedback; nothing was saved");
        }
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
