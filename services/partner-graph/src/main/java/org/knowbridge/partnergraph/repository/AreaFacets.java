package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the knowledge areas of a whole search result in memory. Counting the area paths in Cypher read every
 * result's list of paths and grouped strings (tens of thousands per broad search); here each organisation's areas
 * are kept as numbers under the stamp its node carries ({@code areaStamp}, renewed whenever its areas are), so a
 * search reads one stamp per result and only the areas of organisations whose stamp it has not seen.
 */
@ApplicationScoped
public class AreaFacets {

    /** Beyond this many organisations the memory is emptied and refilled by the searches that follow. */
    static final int MAX_ORGANISATIONS = 1_000_000;

    /** An organisation as a search read it: its key, the stamp of its areas (null before stamps) and its areas. */
    public record Areas(String key, String stamp, List<String> paths) {}

    private record Known(String stamp, int[] areas) {}

    private final Map<String, Known> byOrganisation = new ConcurrentHashMap<>();
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> paths = new ArrayList<>();

    /** The keys among {@code stamps} (key to stamp) whose areas are not known under that stamp. */
    public List<String> unknown(Map<String, String> stamps) {
        List<String> unknown = new ArrayList<>();
        stamps.forEach((key, stamp) -> {
            Known known = byOrganisation.get(key);
            if (known == null || !Objects.equals(known.stamp(), stamp)) {
                unknown.add(key);
            }
        });
        return unknown;
    }

    /**
     * The {@code limit} most frequent areas (path and count, most frequent first, then by path) of the result
     * {@code stamps}, with {@code read} the areas just read of those that were unknown.
     */
    public List<Map<String, Object>> top(Map<String, String> stamps, List<Areas> read, int limit) {
        Map<String, Known> fresh = new HashMap<>();
        for (Areas areas : read) {
            Known known = new Known(areas.stamp(), numbered(areas.paths()));
            fresh.put(areas.key(), known);
            remember(areas.key(), known);
        }
        long[] counts = new long[size()];
        stamps.forEach((key, stamp) -> {
            Known known = fresh.get(key);
            if (known == null) {
                known = byOrganisation.get(key);
            }
            // Read under another stamp meanwhile (a write committed since): not what this result's snapshot holds.
            if (known != null && Objects.equals(known.stamp(), stamp)) {
                for (int area : known.areas()) {
                    counts[area]++;
                }
            }
        });
        Map<String, Long> byPath = new HashMap<>();
        for (int area = 0; area < counts.length; area++) {
            if (counts[area] > 0) {
                byPath.put(path(area), counts[area]);
            }
        }
        return byPath.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .<Map<String, Object>>map(e -> Map.of("path", e.getKey(), "count", e.getValue()))
                .toList();
    }

    private void remember(String key, Known known) {
        if (byOrganisation.size() >= MAX_ORGANISATIONS) {
            byOrganisation.clear();
        }
        byOrganisation.put(key, known);
    }

    private int[] numbered(List<String> areaPaths) {
        return areaPaths.stream().distinct().mapToInt(this::number).toArray();
    }

    private int number(String path) {
        return numbers.computeIfAbsent(path, p -> {
            synchronized (paths) {
                paths.add(p);
                return paths.size() - 1;
            }
        });
    }

    private int size() {
        synchronized (paths) {
            return paths.size();
        }
    }

    private String path(int number) {
        synchronized (paths) {
            return paths.get(number);
        }
    }
}
