package org.knowbridge.contracts.text;

import java.util.Optional;

/**
 * What text from outside may hold that no store keeps as it was sent: PostgreSQL refuses a NUL character, and
 * a lone UTF-16 surrogate (half of a character, which JSON can spell as an escape) is silently written as '?'.
 * Text decoded from bytes that are not UTF-8 holds U+FFFD where they stood: stored, the bytes are lost unseen.
 */
public enum TextFlaw {
    NUL("a NUL character"),
    LONE_SURROGATE("half of a UTF-16 surrogate pair"),
    NOT_UTF8("bytes that are not UTF-8");

    private final String what;

    TextFlaw(String what) {
        this.what = what;
    }

    /** What the text holds, for messages: "holds ...", "must not contain ...". */
    public String what() {
        return what;
    }

    /** The first flaw of text received as characters (a JSON string, a parameter), if any. */
    public static Optional<TextFlaw> in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }

    /** The first flaw of text decoded from a file's bytes, where U+FFFD marks bytes that were not UTF-8. */
    public static Optional<TextFlaw> inDecoded(CharSequence text) {
        Optional<TextFlaw> flaw = in(text);
        if (flaw.isEmpty() && text.chars().anyMatch(c -> c == '\uFFFD')) {
            return Optional.of(NOT_UTF8);
        }
        return flaw;
    }
}
