package org.knowbridge.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.knowbridge.recommendations.domain.Introduced;

/**
 * Each firm's introductions, by id, in memory. Its durable copy is the introductions topic, replayed at start-up:
 * every event carries the introduction's whole state, so the last one read is the truth.
 */
@ApplicationScoped
public class IntroductionLog {

    private final Map<String, Map<String, Introduced>> byFirm = new ConcurrentHashMap<>();

    public void put(Introduced introduced) {
        byFirm.computeIfAbsent(introduced.firmId(), firm -> new ConcurrentHashMap<>())
                .put(introduced.introductionId(), introduced);
    }

    /** The firm was erased with its introductions, or one of them. */
    public void forget(String firmId, String introductionId) {
        Map<String, Introduced> firm = byFirm.get(firmId);
        if (firm != null) {
            firm.remove(introductionId);
        }
    }

    /**
     * The organisations the firm has an open or answered introduction with, each with its latest such introduction.
     */
    public Map<String, Introduced> keptOut(String firmId) {
        Map<String, Introduced> latest = new HashMap<>();
        for (Introduced introduced : byFirm.getOrDefault(firmId, Map.of()).values()) {
            if (introduced.keepsPartnerOut()) {
                latest.merge(
                        introduced.organisationKey(),
                        introduced,
                        (a, b) -> a.changedAt().isAfter(b.changedAt()) ? a : b);
            }
        }
        return latest;
    }

    public Set<String> keptOutKeys(String firmId) {
        return Set.copyOf(keptOut(firmId).keySet());
    }

    /** The firm's kept-out organisations, latest change first. */
    public List<Introduced> keptOutByRecency(String firmId) {
        return keptOut(firmId).values().stream()
                .sorted(Comparator.comparing(Introduced::changedAt).reversed())
                .collect(Collectors.toList());
    }
}
