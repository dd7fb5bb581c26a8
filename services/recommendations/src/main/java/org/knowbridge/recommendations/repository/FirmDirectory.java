package org.knowbridge.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.knowbridge.recommendations.domain.Firm;

/**
 * The platform's firms, mirrored from firm-profiles' events (replayed from the start of the topic at every
 * start-up), and which graph node holds each firm's collaborations: the node of its external id when it has
 * one (an imported CORDIS participant), else the node partner-graph keeps under its firm id.
 */
@ApplicationScoped
public class FirmDirectory {

    private final Map<String, Firm> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> firmsByExternalId = new ConcurrentHashMap<>();

    /** Stores the firm's latest state; returns what was known before, if anything. */
    public synchronized Optional<Firm> put(Firm firm) {
        Firm previous = byId.put(firm.firmId(), firm);
        unindex(previous);
        firm.external()
                .ifPresent(key -> firmsByExternalId
                        .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                        .add(firm.firmId()));
        return Optional.ofNullable(previous);
    }

    public synchronized void erase(String firmId) {
        unindex(byId.remove(firmId));
    }

    public Optional<Firm> find(String firmId) {
        return Optional.ofNullable(byId.get(firmId));
    }

    /**
     * The graph nodes of the firms not published and listed (their firm id and their register id): never to
     * be suggested or named to another firm.
     */
    public Set<String> hiddenFromOthers() {
        Set<String> hidden = new HashSet<>();
        for (Firm firm : byId.values()) {
            if (!firm.listed()) {
                hidden.add(firm.firmId());
                firm.external().ifPresent(hidden::add);
            }
        }
        return hidden;
    }

    /** The firms whose collaborations live on this graph node. */
    public Set<String> firmsAt(String graphKey) {
        Set<String> firms = new HashSet<>(firmsByExternalId.getOrDefault(graphKey, Set.of()));
        if (byId.containsKey(graphKey)) {
            firms.add(graphKey);
        }
        return firms;
    }

    private void unindex(Firm previous) {
        if (previous != null) {
            previous.external()
                    .ifPresent(key -> firmsByExternalId.computeIfPresent(key, (k, firms) -> {
                        firms.remove(previous.firmId());
                        return firms.isEmpty() ? null : firms;
                    }));
        }
    }
}
