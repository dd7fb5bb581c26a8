package org.knowbridge.contracts.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The platform's one rule for countries: ISO 3166-1 alpha-2 codes, stored and sent in upper case, plus
 * {@code XK} for Kosovo (not in ISO 3166-1, but the code every EU source, CORDIS included, uses).
 *
 * <p>Input is case-insensitive and may use the EU's own codes {@code EL} (Greece) and {@code UK} (United
 * Kingdom), as CORDIS does; they become {@code GR} and {@code GB}. ISO rather than the EU's codes, because
 * everything outside the EU's own sources (firms' own profiles, the JDK's country names, NUTS-free
 * clients) speaks ISO, and one stored spelling lets a filter match data from any source.
 */
public final class CountryCode {

    /** Kosovo's user-assigned code. */
    public static final String KOSOVO = "XK";

    private static final Set<String> CODES = Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of(KOSOVO))
            .collect(Collectors.toUnmodifiableSet());

    private CountryCode() {}

    /** The platform's code for {@code code}, or empty when it is no country. */
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
        return CODES.contains(iso) ? Optional.of(iso) : Optional.empty();
    }

    public static boolean isCountry(String code) {
        return normalise(code).isPresent();
    }

    /** The platform's code for a value already checked (e.g. by {@link Country}); throws for anything else. */
    public static String of(String code) {
        return normalise(code).orElseThrow(() -> new IllegalArgumentException(problem(code)));
    }

    /**
     * The country's English name for people ("Greece" for GR or EL, "Kosovo" for XK); the code itself when the
     * JDK knows no name for it, and "an unknown country" for none.
     */
    public static String englishName(String code) {
        if (code == null || code.isBlank()) {
            return "an unknown country";
        }
        String iso = normalise(code).orElse(code);
        String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(iso) ? code : name;
    }

    /** What is wrong with a value that is no country, in the words every service answers with. */
    public static String problem(String code) {
        return "'" + code + "' is not a country code";
    }
}
