package org.knowbridge.partnergraph.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.IntroductionSnapshot;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.contracts.vocabulary.BusinessKeys;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.partnergraph.domain.IntroductionAgreement;
import org.knowbridge.partnergraph.service.IntroductionAgreementService;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.messaging.LocalWrites;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Reads {@link Topic#INTRODUCTIONS} for IntroductionAgreementSigned: an introduction that led to a signed
 * agreement becomes a collaboration of the firm and the organisation, so the recommender learns from it like from
 * any other. Every other introduction event is passed by. The offset is committed after the batch was applied.
 */
@ApplicationScoped
public class IntroductionEventConsumer {

    private static final Logger LOG = Logger.getLogger(IntroductionEventConsumer.class);

    private final IntroductionAgreementService agreements;
    private final EventMetrics metrics;
    private final EventTracing tracing;
    private final LocalWrites localWrites;
    private final String topic;

    public IntroductionEventConsumer(
            IntroductionAgreementService agreements,
            EventMetrics metrics,
            EventTracing tracing,
            LocalWrites localWrites,
            @ConfigProperty(name = "mp.messaging.incoming.introductions.topic") String topic) {
        this.agreements = agreements;
        this.metrics = metrics;
        this.tracing = tracing;
        this.localWrites = localWrites;
        this.topic = topic;
    }

    @Incoming("introductions")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        tracing.process(topic, records, () -> {
            List<IntroductionAgreement> signed = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                agreement(record.value()).ifPresent(signed::add);
            }
            if (!signed.isEmpty()) {
                try {
                    agreements.record(signed);
                    localWrites.ended();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while recording agreements", e);
                }
            }
        });
    }

    private Optional<IntroductionAgreement> agreement(String payload) {
        try {
            CloudEvent<JsonNode> event = CloudEventCodec.decode(payload);
            Optional<EventType> type = EventType.fromCloudEventType(event.type());
            metrics.consumed(topic, event.shortType());
            if (type.isEmpty() || type.get() != EventType.IntroductionAgreementSigned) {
                return Optional.empty();
            }
            IntroductionSnapshot data = CloudEventCodec.data(event, IntroductionSnapshot.class);
            Optional<KnowledgeChannel> channel = EnumNames.parse(KnowledgeChannel.class, data.agreementChannel());
            if (!BusinessKeys.isKey(data.introductionId())
                    || !BusinessKeys.isKey(data.firmId())
                    || !BusinessKeys.isKey(data.organisationKey())
                    || channel.isEmpty()
                    || data.changedAt() == null) {
                LOG.warnf("Skipping agreement event %s: no usable ids, agreement channel or time", event.id());
                return Optional.empty();
            }
            return Optional.of(new IntroductionAgreement(
                    data.introductionId(),
                    data.firmId(),
                    data.organisationKey(),
                    channel.get(),
                    data.changedAt().getYear()));
        } catch (IllegalArgumentException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping an introduction event that cannot be read: %s", e.getMessage());
            metrics.consumed(topic, EventMetrics.UNREADABLE);
            return Optional.empty();
        }
    }
}
