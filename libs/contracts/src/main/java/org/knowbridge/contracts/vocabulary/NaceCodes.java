package org.knowbridge.contracts.vocabulary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * NACE Rev. 2 activity codes as every service takes them: a section letter alone or with a division, group or
 * class ({@code C}, {@code C26}, {@code C26.1}, {@code C26.11}), in either case, or such a code without its letter
 * ({@code 26.11}), as partner-graph has always taken them. Kept in upper case ({@link #normalise}); where the
 * section letter must be there (the firm events' schema requires it), {@link #withSection} adds it.
 */
public final class NaceCodes {

    /** A code with or without its section letter; the letter in either case. */
    public static final String PATTERN = "[A-Ua-u](\\d{2}(\\.\\d{1,2})?)?|\\d{2}(\\.\\d{1,2})?";

    /** The start of a code with its section letter, for filters: {@code C}, {@code C2}, {@code C26.}, {@code C26.1}. */
    public static final String PREFIX_PATTERN = "[A-Ua-u](\\d{1,2}(\\.\\d{0,2})?)?";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    /** The sections and the divisions each holds (NACE Rev. 2): A holds 01 to 03, B 05 to 09, and so on. */
    private static final String SECTIONS =
            "A01-03 B05-09 C10-33 D35-35 E36-39 F41-43 G45-47 H49-53 I55-56 J58-63 K64-66 "
                    + "L68-68 M69-75 N77-82 O84-84 P85-85 Q86-88 R90-93 S94-96 T97-98 U99-99";

    private NaceCodes() {}

    /** Whether {@code value} is a code as {@link #PATTERN} describes it, whose division exists when it has no letter. */
    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches() && section(value) != 0;
    }

    /** A valid code in upper case ({@code c26.1} becomes {@code C26.1}), with or without its letter as given; null for null. */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * A valid code in upper case with its section letter: the letter of its division when it came without one
     * ({@code 62.01} becomes {@code J62.01}); null for null.
     */
    public static String withSection(String code) {
        String upper = normalise(code);
        if (upper == null || upper.isEmpty() || !Character.isDigit(upper.charAt(0))) {
            return upper;
        }
        char section = section(upper);
        return section == 0 ? upper : section + upper;
    }

    /** The section letter of a code: its own, else the one of its division; 0 when the division is in none. */
    private static char section(String code) {
        char first = code.charAt(0);
        if (!Character.isDigit(first)) {
            return Character.toUpperCase(first);
        }
        int division = Integer.parseInt(code.substring(0, 2));
        for (String range : SECTIONS.split(" ")) {
            int from = Integer.parseInt(range.substring(1, 3));
            int to = Integer.parseInt(range.substring(4, 6));
            if (division >= from && division <= to) {
                return range.charAt(0);
            }
        }
        return 0;
    }
}
