package org.knowbridge.recommendations.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.IntroductionErased;
import org.knowbridge.contracts.event.IntroductionSnapshot;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.TopicFollower;
import org.knowbridge.recommendations.domain.Introduced;
import org.knowbridge.recommendations.service.IntroductionRecorder;
import org.knowbridge.recommendations.service.TopicReplay;

/**
 * Learns which organisations each firm asked to be introduced to, from the whole introductions topic at start-up
 * and then as it grows, so an organisation with an open or answered introduction is not suggested again, by any
 * instance and after any restart.
 */
@ApplicationScoped
public class IntroductionReplay implements TopicReplay {

    private static final Logger LOG = Logger.getLogger(IntroductionReplay.class);

    private final KafkaClients kafka;
    private final IntroductionRecorder introductions;
    private TopicFollower follower;

    public IntroductionReplay(KafkaClients kafka, IntroductionRecorder introductions) {
        this.kafka = kafka;
        this.introductions = introductions;
    }

    @Override
    public Topic topic() {
        return Topic.INTRODUCTIONS;
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
        for (CloudEvent<JsonNode> event : events) {
            EventType type = EventType.fromCloudEventType(event.type()).orElse(null);
            if (type == null || type.topic() != Topic.INTRODUCTIONS) {
                continue;
            }
            try {
                if (type == EventType.IntroductionErased) {
                    IntroductionErased erased = CloudEventCodec.data(event, IntroductionErased.class);
                    if (erased.firmId() != null && erased.introductionId() != null) {
                        introductions.erased(erased.firmId(), erased.introductionId());
                    }
                    continue;
                }
                IntroductionSnapshot data = CloudEventCodec.data(event, IntroductionSnapshot.class);
                if (data.introductionId() == null
                        || data.firmId() == null
                        || data.organisationKey() == null
                        || data.state() == null
                        || data.changedAt() == null) {
                    throw new IllegalArgumentException("no introductionId, firmId, organisationKey, state or time");
                }
                introductions.changed(new Introduced(
                        data.introductionId(), data.firmId(), data.organisationKey(), data.state(), data.changedAt()));
            } catch (IllegalArgumentException e) {
                // One bad event must not stop the service from learning every other introduction.
                LOG.errorf("Skipping %s event %s with unreadable data: %s", type, event.id(), e.getMessage());
            }
        }
    }
}
