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
import org.knowbridge.contracts.event.FirmErased;
import org.knowbridge.contracts.event.FirmSnapshot;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.contracts.vocabulary.BusinessKeys;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.partnergraph.domain.FirmChange;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.service.FirmMirrorService;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.messaging.LocalWrites;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Mirrors the firms of {@link Topic#FIRMS} as organisations: registered, updated and published firms
 * are upserted under their firm id, erased ones disappear with their collaborations. Every event carries the
 * firm's whole state, so applying one twice, or replaying the topic, leaves the graph as it was.
 */
@ApplicationScoped
public class FirmEventConsumer {

    private static final Logger LOG = Logger.getLogger(FirmEventConsumer.class);
    // The bounds the firm event schemas set.
    private static final int MAX_AREAS = 60;
    private static final int MAX_AREA_LENGTH = 200;

    private final FirmMirrorService mirror;
    private final EventMetrics metrics;
    private final EventTracing tracing;
    private final LocalWrites localWrites;
    private final String topic;

    public FirmEventConsumer(
            FirmMirrorService mirror,
            EventMetrics metrics,
            EventTracing tracing,
            LocalWrites localWrites,
            @ConfigProperty(name = "mp.messaging.incoming.firms.topic") String topic) {
        this.mirror = mirror;
        this.metrics = metrics;
        this.tracing = tracing;
        this.localWrites = localWrites;
        this.topic = topic;
    }

    /**
     * A batch of records as polled, applied in order in one transaction, in a span of the trace of its records;
     * the OrganisationUpserted of each record continues the trace of that record's firm change.
     */
    @Incoming("firms")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        tracing.process(topic, records, () -> {
            List<FirmChange> changes = new ArrayList<>(records.count());
            for (ConsumerRecord<String, String> record : records) {
                tracing.inTraceOf(record, () -> change(record.value())).ifPresent(changes::add);
            }
            mirror.apply(changes);
        });
        localWrites.ended(); // the OrganisationUpserted events leave now, not at the relay's next poll
    }

    private Optional<FirmChange> change(String payload) {
        CloudEvent<JsonNode> event;
        Optional<EventType> type;
        try {
            event = CloudEventCodec.decode(payload);
            type = EventType.fromCloudEventType(event.type());
            metrics.consumed(topic, event.shortType());
            if (type.isEmpty() || type.get().topic() != Topic.FIRMS) {
                return Optional.empty();
            }
            if (type.get() == EventType.FirmErased) {
                String firmId = CloudEventCodec.data(event, FirmErased.class).firmId();
                return usableKey(firmId, event) ? Optional.of(mirror.erase(firmId)) : Optional.empty();
            }
            return mirror(CloudEventCodec.data(event, FirmSnapshot.class), event);
        } catch (IllegalArgumentException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping a firm event that cannot be read: %s", e.getMessage());
            metrics.consumed(topic, EventMetrics.UNREADABLE);
            return Optional.empty();
        }
    }

    private Optional<FirmChange> mirror(FirmSnapshot data, CloudEvent<JsonNode> event) {
        if (!usableKey(data.firmId(), event)) {
            return Optional.empty();
        }
        String name = data.legalName() == null ? "" : data.legalName().trim();
        Optional<String> country = CountryCode.normalise(data.country());
        if (name.isEmpty() || country.isEmpty()) {
            LOG.warnf("Skipping firm event %s: no legal name or country", event.id());
            return Optional.empty();
        }
        Organisation firm = new Organisation(
                data.firmId(), name, country.get(), OrganisationType.COMPANY, data.countsAsSme(), data.sector());
        // Events written before these fields existed lack them: read as null, i.e. unknown agency, no register id.
        String onboardedBy = optionalKey(data, "onboardedBy", data.onboardedBy());
        String externalId = optionalKey(data, "externalId", data.externalId());
        // Status and consent decide who may see the firm's node (see the service README, "Who sees a firm").
        return Optional.of(mirror.upsert(
                firm,
                onboardedBy,
                externalId,
                knowledgeAreas(data),
                data.status(),
                data.listed(),
                data.knownSizeClass().map(Enum::name).orElse(null)));
    }

    private static boolean usableKey(String firmId, CloudEvent<JsonNode> event) {
        if (!BusinessKeys.isKey(firmId)) {
            LOG.warnf("Skipping %s event %s without a usable firmId", event.shortType(), event.id());
            return false;
        }
        return true;
    }

    /** The areas the firm offers: what it declares it knows, kept on its node for readers of the whole graph. */
    private static List<String> knowledgeAreas(FirmSnapshot data) {
        return data.knowledgeAreasOffered().stream()
                .filter(area -> area != null && !area.isBlank() && area.length() <= MAX_AREA_LENGTH)
                .limit(MAX_AREAS)
                .toList();
    }

    /** A key, or null (absent, or unusable: logged and ignored). */
    private static String optionalKey(FirmSnapshot data, String field, String value) {
        if (value != null && !BusinessKeys.isKey(value)) {
            LOG.warnf("Ignoring the %s of firm %s: '%s' is not a key", field, data.firmId(), value);
            return null;
        }
        return value;
    }
}
