package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.knowbridge.recommendations.domain.Ranking;
import org.knowbridge.recommendations.engine.ranking.Recommendation;
import org.knowbridge.recommendations.event.SuggestionPublisher;
import org.knowbridge.recommendations.repository.SuggestionLog;

/** Keeps which partners each firm was ever suggested: what it was shown, and what was published to it. */
@ApplicationScoped
public class SuggestionRecorder {

    private final SuggestionLog log;
    private final SuggestionPublisher publisher;

    public SuggestionRecorder(SuggestionLog log, SuggestionPublisher publisher) {
        this.log = log;
        this.publisher = publisher;
    }

    /** A list the firm was shown: its partners not suggested before are recorded as an event too. */
    void shown(Ranking ranking) {
        Set<String> fresh = log.add(ranking.firmId(), keys(ranking));
        if (!fresh.isEmpty()) {
            publisher.publish(ranking.firmId(), List.copyOf(fresh), ranking.generatedAt());
        }
    }

    /** A list published as RecommendationsUpdated: that event is its record. */
    void published(Ranking ranking) {
        log.add(ranking.firmId(), keys(ranking));
    }

    /** Read back from the topic: suggested through this instance or any other, before or since a restart. */
    public void replayed(String firmId, List<String> partnerKeys) {
        if (firmId != null) {
            log.add(firmId, partnerKeys.stream().filter(Objects::nonNull).toList());
        }
    }

    public boolean wasSuggested(String firmId, String partnerKey) {
        return log.wasSuggested(firmId, partnerKey);
    }

    private static List<String> keys(Ranking ranking) {
        return ranking.recommendations().stream().map(Recommendation::partnerId).toList();
    }
}
