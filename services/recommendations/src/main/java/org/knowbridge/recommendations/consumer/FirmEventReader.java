package org.knowbridge.recommendations.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.FirmErased;
import org.knowbridge.contracts.event.FirmSnapshot;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.TopicFollower;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.service.FirmMirror;
import org.knowbridge.recommendations.service.TopicReplay;

/**
 * Mirrors the platform's firms from {@link Topic#FIRMS}, replayed from the beginning at every start
 * (each event carries the firm's whole state). Once caught up, a firm whose profile changed in a way that
 * matters for ranking gets its suggestions ranked again and published; a new firm's are ranked when first
 * asked for, so a bulk onboarding of thousands of firms does not rank them all at once.
 */
@ApplicationScoped
public class FirmEventReader implements TopicReplay {

    private static final Logger LOG = Logger.getLogger(FirmEventReader.class);

    private final KafkaClients kafka;
    private final FirmMirror firms;
    private TopicFollower follower;

    public FirmEventReader(KafkaClients kafka, FirmMirror firms) {
        this.kafka = kafka;
        this.firms = firms;
    }

    @Override
    public Topic topic() {
        return Topic.FIRMS;
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
            try {
                apply(event, live);
            } catch (IllegalArgumentException e) {
                // One unreadable event must not hold up every later firm.
                LOG.errorf("Skipping firm event %s: %s", event.id(), e.getMessage());
            }
        }
    }

    private void apply(CloudEvent<JsonNode> event, boolean live) {
        switch (EventType.fromCloudEventType(event.type()).orElse(null)) {
            case FirmRegistered, FirmUpdated, FirmPublished ->
                firm(CloudEventCodec.data(event, FirmSnapshot.class)).ifPresent(firm -> firms.put(firm, live));
            case FirmErased -> {
                String firmId = CloudEventCodec.data(event, FirmErased.class).firmId();
                if (firmId != null && !firmId.isEmpty()) {
                    firms.erase(firmId);
                }
            }
            case null, default -> {
                // Other firm events say nothing about ranking.
            }
        }
    }

    static Optional<Firm> firm(FirmSnapshot data) {
        Optional<String> country = CountryCode.normalise(data.country());
        if (data.firmId() == null || data.firmId().isEmpty() || country.isEmpty()) {
            return Optional.empty();
        }
        List<String> targetCountries = data.targetCountries().stream()
                .map(CountryCode::normalise)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        return Optional.of(new Firm(
                data.firmId(),
                country.get(),
                blankAsNull(data.sector()),
                data.countsAsSme(),
                nonBlank(data.knowledgeAreasSought()),
                targetCountries,
                EnumNames.known(PartnerKind.class, data.preferredPartnerKinds()),
                EnumNames.known(KnowledgeChannel.class, data.preferredChannels()),
                blankAsNull(data.onboardedBy()),
                blankAsNull(data.externalId()),
                data.visibleToPartners()));
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
