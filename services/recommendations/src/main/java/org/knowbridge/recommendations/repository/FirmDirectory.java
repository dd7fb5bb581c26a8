package org.knowbridge.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.knowbridge.recommendations.domain.Firm;

/**
 * The platform's firms, mirrored from firm-profiles' events (replayed from the start of the topic at every
 * start-up), with the firms erased since the start of the topic: never to be suggested or named again. Which graph
 * node holds a firm's collaborations is the projection's to say (its own node, or the register node a verified
 * link made it); the index by external id only tells which firms to rank again when such a node changes.
 */
@ApplicationScoped
public class FirmDirectory {

    private final Map<String, Firm> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> firmsByExternalId = new ConcurrentHashMap<>();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();

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
        erased.add(firmId);
    }

    public Optional<Firm> find(String firmId) {
        return Optional.ofNullable(byId.get(firmId));
    }

    /**
     * The graph nodes of the firms not published and listed, and of the firms erased (their firm id and the register
     * node {@code linkedNode} says a verified link made them): never to be suggested or named to another firm. A
     * register node a firm only claims stays the register's.
     */
    public Set<String> hiddenFromOthers(Function<String, Optional<String>> linkedNode) {
        Set<String> hidden = new HashSet<>();
        for (Firm firm : byId.values()) {
            if (!firm.listed()) {
                hidden.add(firm.firmId());
                linkedNode.apply(firm.firmId()).ifPresent(hidden::add);
            }
        }
        for (String firmId : erased) {
            hidden.add(firmId);
            linkedNode.apply(firmId).ifPresent(hidden::add);
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
