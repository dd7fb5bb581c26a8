package org.knowbridge.recommendations.engine.ranking;

import java.util.Locale;
import org.knowbridge.contracts.vocabulary.CountryCode;

/** English country names for sentences, from the platform's country codes (EL and UK accepted too). */
final class CountryNames {

    private CountryNames() {}

    static String of(String code) {
        if (code == null || code.isBlank()) {
            return "an unknown country";
        }
        String iso = CountryCode.normalise(code).orElse(code);
        String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(iso) ? code : name;
    }
}
