package org.knowbridge.recommendations.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knowbridge.recommendations.engine.model.Channel;
import org.knowbridge.recommendations.engine.model.PartnerKind;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.TopicFollower;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.domain.GraphVocabulary;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.RecommendationRefresher;

/**
 * Mirrors the platform's firms from {@code knowbridge.firms.v1}, replayed from the beginning at every start
 * (each event carries the firm's whole state). Once caught up, a firm whose profile changed in a way that
 * matters for ranking gets its suggestions ranked again and published; a new firm's are ranked when first
 * asked for, so a bulk onboarding of thousands of firms does not rank them all at once.
 */
@ApplicationScoped
public class FirmEventReader {

    private final KafkaClients kafka;
    private final FirmDirectory firms;
    private final RecommendationRefresher refresher;
    private TopicFollower follower;

    public FirmEventReader(KafkaClients kafka, FirmDirectory firms, RecommendationRefresher refresher) {
        this.kafka = kafka;
        this.firms = firms;
        this.refresher = refresher;
    }

    public boolean caughtUp() {
        return follower != null && follower.caughtUp();
    }

    void onStart(@Observes StartupEvent event) {
        follower = kafka.followerFromBeginning(Topic.FIRMS, this::apply).start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (follower != null) {
            follower.stop();
        }
    }

    private void apply(List<CloudEvent<JsonNode>> events) {
        boolean live = caughtUp();
        for (CloudEvent<JsonNode> event : events) {
            String firmId = event.data() == null ? "" : event.data().path("firmId").asText("");
            if (firmId.isEmpty()) {
                continue;
            }
            switch (event.shortType()) {
                case "FirmRegistered", "FirmUpdated", "FirmPublished" -> firm(event.data()).ifPresent(firm -> {
                    Optional<Firm> before = firms.put(firm);
                    if (live && before.isPresent() && !firm.ranksLike(before.get())) {
                        refresher.firmChanged(firmId, RecommendationRefresher.Cause.FIRM_CHANGED);
                    }
                });
                case "FirmErased" -> {
                    firms.erase(firmId);
                    refresher.firmErased(firmId);
                }
                default -> {
                    // Other firm events say nothing about ranking.
                }
            }
        }
    }

    static Optional<Firm> firm(JsonNode data) {
        String country = GraphVocabulary.country(data.path("country").asText(null));
        if (country.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Firm(data.path("firmId").asText(), country, JsonFields.text(data.path("sector")),
                !"LARGE".equals(data.path("sizeClass").asText(null)), JsonFields.strings(data.path("knowledgeAreasOffered")),
                JsonFields.strings(data.path("knowledgeAreasSought")), countries(data.path("targetCountries")),
                GraphVocabulary.known(PartnerKind.class, JsonFields.strings(data.path("preferredPartnerKinds"))),
                GraphVocabulary.known(Channel.class, JsonFields.strings(data.path("preferredChannels"))),
                JsonFields.text(data.path("onboardedBy")), JsonFields.text(data.path("externalId"))));
    }

    private static List<String> countries(JsonNode array) {
        return JsonFields.strings(array).stream().map(GraphVocabulary::country).filter(c -> !c.isEmpty()).distinct().toList();
    }
}
