package org.knowbridge.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.knowbridge.recommendations.domain.Feedback;

/**
 * The feedback every firm gave, held in memory. Its durable copy is the Kafka log of
 * {@code FeedbackGiven} events, replayed at start-up: Kafka acknowledged every write before it landed here.
 * Applying the same event twice changes nothing; a later word on the same partner replaces an earlier one.
 */
@ApplicationScoped
public class FeedbackStore {

    private final Map<String, Map<String, Feedback>> byFirm = new ConcurrentHashMap<>();

    /**
     * Keeps the firm's latest word on the partner; true when this one is newer than any known (it was not
     * applied before, e.g. by the instance that took it before the topic brought it back).
     */
    public boolean apply(Feedback feedback) {
        boolean[] newer = {false};
        byFirm.computeIfAbsent(feedback.firmId(), firm -> new ConcurrentHashMap<>())
                .compute(feedback.partnerId(), (partner, current) -> {
                    newer[0] = current == null || feedback.givenAt().isAfter(current.givenAt());
                    return newer[0] ? feedback : current;
                });
        return newer[0];
    }

    public List<Feedback> of(String firmId) {
        return byFirm.getOrDefault(firmId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Feedback::givenAt).reversed().thenComparing(Feedback::partnerId))
                .toList();
    }

    /** Partners the firm declined: never to be suggested to it again. */
    public Set<String> declinedBy(String firmId) {
        return byFirm.getOrDefault(firmId, Map.of()).values().stream()
                .filter(Feedback::declines)
                .map(Feedback::partnerId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
