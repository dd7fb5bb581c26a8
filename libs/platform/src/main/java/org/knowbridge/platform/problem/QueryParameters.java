package org.knowbridge.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parses query parameters ourselves: JAX-RS answers 404 when it cannot convert one (an unknown enum value, a
 * word where a number belongs), yet that is the caller's bad input: 400, naming the parameter and what it takes.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** The constant named {@code value}, null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(
                    parameter,
                    "Unknown " + parameter + " '" + value + "'",
                    "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Every value of a repeatable parameter; blank ones are ignored. */
    public static <E extends Enum<E>> List<E> enumValues(Class<E> type, List<String> values, String parameter) {
        List<E> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            E parsed = enumValue(type, value, parameter);
            if (parsed != null) {
                out.add(parsed);
            }
        }
        return out;
    }

    /** A whole number within {@code min..max}; the default when the parameter is absent or blank. */
    public static int intValue(String value, int defaultValue, int min, int max, String parameter) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Answered below, like a number out of range.
        }
        throw invalid(
                parameter,
                parameter + " '" + value + "' is not a whole number from " + min + " to " + max,
                "must be a whole number from " + min + " to " + max);
    }

    /** true or false (any case); null when the parameter is absent or blank, so that it filters nothing. */
    public static Boolean boolValue(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw invalid(parameter, parameter + " '" + value + "' is not true or false", "must be true or false");
        };
    }

    private static ProblemException invalid(String parameter, String detail, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, detail, List.of(new Problem.FieldError(parameter, message)));
    }
}
