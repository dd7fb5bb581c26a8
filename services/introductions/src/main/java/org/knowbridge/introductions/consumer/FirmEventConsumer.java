package org.knowbridge.introductions.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
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
import org.knowbridge.introductions.service.FirmMirrorService;
import org.knowbridge.introductions.service.NotificationService;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.event.StoreOutageRetry;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Mirrors the firms of {@link Topic#FIRMS}: registered, updated and published firms are upserted, erased ones are
 * deleted with the introductions they sent and every notification about them. The offset is committed only after
 * the change committed, so nothing acknowledged is lost across a restart; a replayed event changes nothing.
 */
@ApplicationScoped
public class FirmEventConsumer {

    private static final Logger LOG = Logger.getLogger(FirmEventConsumer.class);

    private final FirmMirrorService mirror;
    private final NotificationService notifications;
    private final EventMetrics metrics;
    private final EventTracing tracing;
    private final String topic;

    public FirmEventConsumer(
            FirmMirrorService mirror,
            NotificationService notifications,
            EventMetrics metrics,
            EventTracing tracing,
            @ConfigProperty(name = "mp.messaging.incoming.firms.topic") String topic) {
        this.mirror = mirror;
        this.notifications = notifications;
        this.metrics = metrics;
        this.tracing = tracing;
        this.topic = topic;
    }

    /**
     * Records as polled batches, one blocking call per batch rather than per record (a bulk onboarding sends
     * thousands); each record's change still commits on its own, before the batch's offsets.
     */
    @Incoming("firms")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) throws Throwable {
        tracing.processEach(topic, records, record -> onEvent(record.value()));
    }

    private void onEvent(String payload) throws Throwable {
        Optional<Change> change;
        try {
            change = change(payload);
        } catch (IllegalArgumentException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping a firm event that cannot be read: %s", e.getMessage());
            metrics.consumed(topic, EventMetrics.UNREADABLE);
            return;
        }
        if (change.isPresent()) {
            // Until the database is back the record waits unacknowledged, so it is not lost; nor is the channel.
            StoreOutageRetry.DEFAULT.apply(
                    "a firm event", () -> VertxContextSupport.subscribeAndAwait(change.get()::apply));
        }
    }

    private Optional<Change> change(String payload) {
        CloudEvent<JsonNode> event = CloudEventCodec.decode(payload);
        Optional<EventType> type = EventType.fromCloudEventType(event.type());
        metrics.consumed(topic, event.shortType());
        if (type.isEmpty() || type.get().topic() != Topic.FIRMS) {
            return Optional.empty();
        }
        if (type.get() == EventType.FirmErased) {
            String firmId = CloudEventCodec.data(event, FirmErased.class).firmId();
            // The notifications go after the mirror: a failure between the two is retried, and both are idempotent.
            return BusinessKeys.isKey(firmId)
                    ? Optional.of(() -> mirror.erase(firmId).chain(() -> notifications.forgetFirm(firmId)))
                    : Optional.empty();
        }
        FirmSnapshot firm = CloudEventCodec.data(event, FirmSnapshot.class);
        Optional<String> country = CountryCode.normalise(firm.country());
        if (!BusinessKeys.isKey(firm.firmId())
                || firm.legalName() == null
                || firm.legalName().isBlank()
                || country.isEmpty()) {
            LOG.warnf("Skipping firm event %s: no usable firm id, legal name or country", event.id());
            return Optional.empty();
        }
        return Optional.of(() -> mirror.upsert(firm, country.get()));
    }

    /** One change to the copy, run in its own transaction. */
    private interface Change {
        io.smallrye.mutiny.Uni<Void> apply();
    }
}
