package org.knowbridge.recommendations.engine.ranking;

import java.util.Locale;

/** English country names for sentences, from ISO codes and the EU's own codes (EL = Greece, UK). */
final class CountryNames {

    private CountryNames() {
    }

    static String of(String code) {
        if (code == null || code.isBlank()) {
            return "an unknown country";
        }
        String iso = switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
        String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(iso) ? code : name;
    }
}
