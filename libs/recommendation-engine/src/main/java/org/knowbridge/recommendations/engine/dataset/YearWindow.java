package org.knowbridge.recommendations.engine.dataset;

/** Inclusive range of collaboration years to read; everything outside is skipped while reading. */
public record YearWindow(int from, int until) {

    public YearWindow {
        if (from > until) {
            throw new IllegalArgumentException("empty year window " + from + ".." + until);
        }
    }

    /** Every year up to and including {@code year}: a training window. */
    public static YearWindow until(int year) {
        return new YearWindow(Integer.MIN_VALUE, year);
    }

    public static YearWindow between(int from, int until) {
        return new YearWindow(from, until);
    }

    public boolean contains(int year) {
        return year >= from && year <= until;
    }
}
