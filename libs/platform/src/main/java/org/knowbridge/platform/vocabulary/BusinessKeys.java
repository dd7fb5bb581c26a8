package org.knowbridge.platform.vocabulary;

/**
 * Business keys of organisations and firms as they travel between services: a firm's id, or a
 * source-qualified id such as {@code cordis:999908587}.
 */
public final class BusinessKeys {

    /** Letters, digits and {@code : . _ -}, starting with a letter or digit, at most 100 characters. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9:._-]{0,99}";

    private BusinessKeys() {
    }
}
