package org.knowbridge.partnergraph.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.OrganisationType;
import org.knowbridge.partnergraph.repository.FirmMirrorRepository;
import org.knowbridge.partnergraph.repository.FirmMirrorRepository.FirmChange;

/**
 * Mirrors the firms of {@code knowbridge.firms.v1} as organisations: registered, updated and published firms
 * are upserted under their firm id, erased ones disappear with their collaborations. Every event carries the
 * firm's whole state, so applying one twice, or replaying the topic, leaves the graph as it was.
 */
@ApplicationScoped
public class FirmEventConsumer {

    private static final Logger LOG = Logger.getLogger(FirmEventConsumer.class);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** A graph key: firm ids, agency org ids and register ids all have this shape. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,99}");

    // The bounds the firm event schemas set.
    private static final int MAX_AREAS = 60;
    private static final int MAX_AREA_LENGTH = 200;

    private final FirmMirrorRepository firms;
    private final GraphEvents events;
    private final ObjectMapper json;
    private final EventMetrics metrics;
    private final EventTracing tracing;
    private final String topic;

    public FirmEventConsumer(FirmMirrorRepository firms, GraphEvents events, ObjectMapper json, EventMetrics metrics,
            EventTracing tracing, @ConfigProperty(name = "mp.messaging.incoming.firms.topic") String topic) {
        this.firms = firms;
        this.events = events;
        this.json = json;
        this.metrics = metrics;
        this.tracing = tracing;
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
            firms.apply(changes);
        });
    }

    private Optional<FirmChange> change(String payload) {
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (JsonProcessingException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping a firm event that is not JSON: %s", e.getOriginalMessage());
            metrics.consumed(topic, EventMetrics.UNREADABLE);
            return Optional.empty();
        }
        String type = event.path("type").asText();
        metrics.consumed(topic, CloudEvent.shortType(type));
        JsonNode data = event.path("data");
        String firmId = data.path("firmId").asText();
        if (!KEY.matcher(firmId).matches()) {
            LOG.warnf("Skipping %s event %s without a usable firmId", type, event.path("id").asText());
            return Optional.empty();
        }
        return switch (type) {
            case "org.knowbridge.FirmRegistered", "org.knowbridge.FirmUpdated", "org.knowbridge.FirmPublished" -> mirror(firmId, data, event);
            case "org.knowbridge.FirmErased" -> Optional.of(FirmChange.erase(firmId));
            default -> Optional.empty();
        };
    }

    private Optional<FirmChange> mirror(String firmId, JsonNode data, JsonNode event) {
        String name = data.path("legalName").asText("").trim();
        String country = data.path("country").asText("");
        if (name.isEmpty() || !COUNTRY.matcher(country).matches()) {
            LOG.warnf("Skipping firm event %s: no legal name or country", event.path("id").asText());
            return Optional.empty();
        }
        // Firm profiles are SMEs unless their size says otherwise.
        boolean sme = !"LARGE".equals(data.path("sizeClass").asText(null));
        String sector = data.path("sector").isTextual() ? data.path("sector").asText() : null;
        Organisation firm = new Organisation(firmId, name, country, OrganisationType.FIRM, sme, sector);
        // Events written before these fields existed lack them: read as null, i.e. unknown agency, no register id.
        String onboardedBy = optional(data, "onboardedBy", KEY);
        String externalId = optional(data, "externalId", KEY);
        return Optional.of(FirmChange.upsert(firm, onboardedBy, externalId, knowledgeAreas(data),
                events.organisationUpserted(firm, "FIRM_PROFILES")));
    }

    /** The areas the firm offers: what it declares it knows, kept on its node for readers of the whole graph. */
    private static List<String> knowledgeAreas(JsonNode data) {
        List<String> areas = new ArrayList<>();
        for (JsonNode area : data.path("knowledgeAreasOffered")) {
            if (area.isTextual() && !area.asText().isBlank() && area.asText().length() <= MAX_AREA_LENGTH && areas.size() < MAX_AREAS) {
                areas.add(area.asText());
            }
        }
        return areas;
    }

    /** A text field that matches the pattern, or null (absent, null, or unusable: logged and ignored). */
    private static String optional(JsonNode data, String field, Pattern pattern) {
        JsonNode value = data.path(field);
        if (!value.isTextual()) {
            return null;
        }
        if (!pattern.matcher(value.asText()).matches()) {
            LOG.warnf("Ignoring the %s of firm %s: '%s' is not a key", field, data.path("firmId").asText(), value.asText());
            return null;
        }
        return value.asText();
    }
}
