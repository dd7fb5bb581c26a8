package org.knowbridge.platform.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes; the EU's own codes EL (Greece) and UK are accepted and normalised. */
public final class CountryCode {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private CountryCode() {
    }

    /** The ISO code for {@code code}, or empty when it is no country. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        String iso = switch (upper) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> upper;
        };
        return ISO_CODES.contains(iso) ? Optional.of(iso) : Optional.empty();
    }
}
