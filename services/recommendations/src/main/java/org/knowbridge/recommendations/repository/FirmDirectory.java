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
    /** The firms not published and listed, and the erased ones: kept as firms change, asked for every suggestion. */
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();

    /** Stores the firm's latest state; returns what was known before, if anything. */
    public synchronized Optional<Firm> put(Firm firm) {
        Firm previous = byId.put(firm.firmId(), firm);
        unindex(previous);
        if (firm.listed() && !erased.contains(firm.firmId())) {
            hidden.remove(firm.firmId());
        } else {
            hidden.add(firm.firmId());
        }
        firm.external()
                .ifPresent(key -> firmsByExternalId
                        .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                        .add(firm.firmId()));
        return Optional.ofNullable(previous);
    }

    public synchronized void erase(String firmId) {
        unindex(byId.remove(firmId));
        erased.add(firmId);
        hidden.add(firmId);
    }

    public Optional<Firm> find(String firmId) {
        return Optional.ofNullable(byId.get(firmId));
    }

    /**
     * Whether the graph node is a firm others may not be shown: one not published and listed, or erased, as its own
     * node or as the register node a verified link made it ({@code firmLinkedAt} says which firm a node is). A
     * register node a firm only claims stays the register's.
     */
    public boolean hiddenFromOthers(String node, Function<String, Optional<String>> firmLinkedAt) {
        return hidden.contains(node)
                || firmLinkedAt.apply(node).filter(hidden::contains).isPresent();
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
