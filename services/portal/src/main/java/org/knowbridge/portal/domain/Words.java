package org.knowbridge.portal.domain;

import java.util.Locale;

/** Vocabulary names as words for people: RESEARCH_ORGANISATION becomes "Research organisation". */
public final class Words {

    private Words() {}

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
