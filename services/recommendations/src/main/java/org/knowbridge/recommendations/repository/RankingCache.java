package org.knowbridge.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.recommendations.domain.Ranking;

/**
 * Rankings already computed, per firm and filter set, for the firms asked about most recently: ranking takes
 * tens of milliseconds, a cached answer microseconds. Entries are replaced when an event can change them and
 * checked against the firm's declined partners when read, so a cached ranking is never one the firm declined.
 */
@ApplicationScoped
public class RankingCache {

    private final Map<String, Map<String, Ranking>> byFirm;

    public RankingCache(
            @ConfigProperty(name = "knowbridge.recommendations.cached-firms", defaultValue = "2000") int maxFirms) {
        this.byFirm = java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, Ranking>> eldest) {
                return size() > maxFirms;
            }
        });
    }

    public Ranking get(String firmId, String filterKey) {
        Map<String, Ranking> rankings = byFirm.get(firmId);
        return rankings == null ? null : rankings.get(filterKey);
    }

    public void put(String firmId, String filterKey, Ranking ranking) {
        byFirm.computeIfAbsent(firmId, id -> new ConcurrentHashMap<>()).put(filterKey, ranking);
    }

    /** Forgets every ranking of the firm, then keeps this one: the others were computed on an older graph. */
    public void replace(String firmId, String filterKey, Ranking ranking) {
        Map<String, Ranking> fresh = new ConcurrentHashMap<>();
        fresh.put(filterKey, ranking);
        byFirm.put(firmId, fresh);
    }

    public void invalidate(String firmId) {
        byFirm.remove(firmId);
    }

    public void clear() {
        byFirm.clear();
    }
}
