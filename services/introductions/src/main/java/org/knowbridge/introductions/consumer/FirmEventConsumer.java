package org.knowbridge.introductions.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.knowbridge.introductions.service.FirmMirrorService;
import org.knowbridge.introductions.service.FirmMirrorService.FirmState;
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
     * Records as polled batches (a bulk onboarding sends thousands): the firms' states one after another in one
     * transaction, an erasure in a transaction of its own (after the states before it, in its record's trace),
     * all committed before the batch's offsets. A replayed batch changes nothing.
     */
    @Incoming("firms")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) throws Throwable {
        List<FirmState> states = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Optional<Change> change = readable(record.value());
            if (change.isEmpty()) {
                continue;
            }
            switch (change.get()) {
                case Upsert upsert -> states.add(upsert.state());
                case Erasure erasure -> {
                    upsertAll(states);
                    states.clear();
                    tracing.handleInTraceOf(
                            record,
                            r -> applied(
                                    "a firm's erasure",
                                    () -> mirror.erase(erasure.firmId())
                                            // The notifications go after the mirror: a failure between the two is
                                            // retried, and both are idempotent.
                                            .chain(() -> notifications.forgetFirm(erasure.firmId()))));
                }
            }
        }
        upsertAll(states);
    }

    private void upsertAll(List<FirmState> states) throws Throwable {
        if (!states.isEmpty()) {
            List<FirmState> batch = List.copyOf(states);
            applied("a batch of firm events", () -> mirror.upsertAll(batch));
        }
    }

    /** Until the database is back the batch waits unacknowledged, so it is not lost; nor is the channel. */
    private static void applied(String what, Supplier<Uni<Void>> work) throws Throwable {
        StoreOutageRetry.DEFAULT.apply(what, () -> VertxContextSupport.subscribeAndAwait(work));
    }

    private Optional<Change> readable(String payload) {
        try {
            return change(payload);
        } catch (IllegalArgumentException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping a firm event that cannot be read: %s", e.getMessage());
            metrics.consumed(topic, EventMetrics.UNREADABLE);
            return Optional.empty();
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
            return BusinessKeys.isKey(firmId) ? Optional.of(new Erasure(firmId)) : Optional.empty();
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
        return Optional.of(new Upsert(new FirmState(firm, country.get())));
    }

    /** One change to the copy. */
    private sealed interface Change permits Upsert, Erasure {}

    private record Upsert(FirmState state) implements Change {}

    private record Erasure(String firmId) implements Change {}
}
