package org.knowbridge.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which partners each firm was ever suggested, held in memory. Its durable copy is the recommendations topic
 * ({@code PartnersSuggested} and {@code RecommendationsUpdated} events), replayed at start-up as feedback is.
 * A firm's feedback and a partner's detail are allowed for these partners only.
 */
@ApplicationScoped
public class SuggestionLog {

    private final Map<String, Set<String>> byFirm = new ConcurrentHashMap<>();

    /** Notes the partners as suggested to the firm; returns those that were not before, in the given order. */
    public Set<String> add(String firmId, Collection<String> partnerKeys) {
        Set<String> known = byFirm.computeIfAbsent(firmId, firm -> ConcurrentHashMap.newKeySet());
        Set<String> fresh = new LinkedHashSet<>();
        for (String key : partnerKeys) {
            if (known.add(key)) {
                fresh.add(key);
            }
        }
        return fresh;
    }

    public boolean wasSuggested(String firmId, String partnerKey) {
        return byFirm.getOrDefault(firmId, Set.of()).contains(partnerKey);
    }
}
