package org.knowbridge.recommendations.engine.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable sets that iterate in sorted order. {@code Set.copyOf} iterates in an order that changes from one
 * JVM run to the next; term ids, and with them the order of floating-point sums and of ties, follow iteration
 * order, so the same data would not always give the same ranking.
 */
public final class SortedSets {

    private SortedSets() {}

    /** A sorted, unmodifiable copy; empty for null. Null elements are rejected, as by {@code Set.copyOf}. */
    public static <T extends Comparable<? super T>> Set<T> copyOf(Collection<? extends T> values) {
        return values == null || values.isEmpty() ? Set.of() : new SortedArraySet<>(new TreeSet<T>(values).toArray());
    }

    /** Distinct elements in a sorted array: as compact as {@code Set.copyOf}'s sets, which matters per collaboration. */
    private static final class SortedArraySet<T> extends AbstractSet<T> {

        private final Object[] sorted;

        private SortedArraySet(Object[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public boolean contains(Object o) {
            return Arrays.binarySearch(sorted, o) >= 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<T> iterator() {
            return (Iterator<T>) Arrays.asList(sorted).iterator();
        }

        @Override
        public int size() {
            return sorted.length;
        }
    }
}
