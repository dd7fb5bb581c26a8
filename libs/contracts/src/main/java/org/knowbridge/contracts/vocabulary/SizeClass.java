package org.knowbridge.contracts.vocabulary;

/**
 * The EU size class of an enterprise: the smallest class whose head-count and turnover ceilings both hold
 * (micro &lt; 10 staff and at most EUR 2 m, small &lt; 50 and 10 m, medium &lt; 250 and 50 m, else large).
 * An unknown figure does not count against a class.
 */
public enum SizeClass {
    MICRO(10, 2_000_000L),
    SMALL(50, 10_000_000L),
    MEDIUM(250, 50_000_000L),
    LARGE(Integer.MAX_VALUE, Long.MAX_VALUE);

    private final int employeesBelow;
    private final long turnoverAtMost;

    SizeClass(int employeesBelow, long turnoverAtMost) {
        this.employeesBelow = employeesBelow;
        this.turnoverAtMost = turnoverAtMost;
    }

    /** The class for the given figures, or null when neither is known. */
    public static SizeClass of(Integer employees, Long turnoverEur) {
        if (employees == null && turnoverEur == null) {
            return null;
        }
        for (SizeClass size : values()) {
            boolean staffFits = employees == null || employees < size.employeesBelow;
            boolean turnoverFits = turnoverEur == null || turnoverEur <= size.turnoverAtMost;
            if (staffFits && turnoverFits) {
                return size;
            }
        }
        return LARGE;
    }
}
