package org.knowbridge.recommendations.engine.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable sets that iterate in sorted order. {@code Set.copyOf} iterates in an order that changes
 * from one JVM run to the next; term ids, and with them the order of floating-point sums and of ties, follow
 * iteration order, so the same data would not always give the same ranking.
 */
public final class SortedSets {

    private SortedSets() {
    }

    /** A sorted, unmodifiable copy; empty for null. Null elements are rejected, as by {@code Set.copyOf}. */
    public static <T extends Comparable<? super T>> Set<T> copyOf(Collection<? extends T> values) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<T>(values));
    }
}
