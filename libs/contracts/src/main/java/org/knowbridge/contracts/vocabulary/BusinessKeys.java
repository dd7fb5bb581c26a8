package org.knowbridge.contracts.vocabulary;

import java.util.regex.Pattern;

/**
 * Business keys of organisations and firms as they travel between services: a firm's id, or a
 * source-qualified id such as {@code cordis:999908587}. The event schemas use the same pattern.
 */
public final class BusinessKeys {

    /** Letters, digits and {@code : . _ / -}, starting with a letter or digit, at most 100 characters. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9:._/-]{0,99}";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private BusinessKeys() {}

    public static boolean isKey(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }
}
