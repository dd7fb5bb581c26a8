package org.knowbridge.partnergraph.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.knowbridge.contracts.cordis.CordisTypes;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.OrganisationType;

/**
 * Turns one CSV row of a dataset into the parameters of a graph write, or says what is wrong with it.
 * Keys get the source as prefix ({@code cordis:999908587}) so ids of different sources never collide.
 */
final class DatasetRows {

    /** Thrown for a row that cannot be imported; the message names the column. */
    static final class InvalidRow extends Exception {
        InvalidRow(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final Set<String> ROLES = Set.of("COORDINATOR", "PARTICIPANT", "ASSOCIATED_PARTNER", "THIRD_PARTY");
    private static final int MAX_TEXT = 1000;

    private final String source;
    private final Map<String, Integer> columns;

    DatasetRows(String source, Map<String, Integer> columns) {
        this.source = source;
        this.columns = columns;
    }

    Map<String, Object> organisation(List<String> fields) throws InvalidRow {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key(fields, "id"));
        row.put("name", text(fields, "name"));
        row.put("country", country(value(fields, "country")));
        row.put("type", type(value(fields, "type")).name());
        row.put("sme", bool(fields, "sme"));
        row.put("city", text(fields, "city"));
        row.put("nuts", text(fields, "nuts"));
        return row;
    }

    Map<String, Object> project(List<String> fields) throws InvalidRow {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key(fields, "id"));
        row.put("acronym", text(fields, "acronym"));
        row.put("year", year(fields, "year"));
        row.put("programme", text(fields, "programme"));
        row.put("topic", text(fields, "topic"));
        row.put("areas", areas(value(fields, "knowledge_areas")));
        return row;
    }

    Map<String, Object> participation(List<String> fields) throws InvalidRow {
        Map<String, Object> row = new HashMap<>();
        row.put("project", key(fields, "project_id"));
        row.put("organisation", key(fields, "organisation_id"));
        row.put("year", year(fields, "year"));
        String role = value(fields, "role").toUpperCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            throw new InvalidRow("role: '" + value(fields, "role") + "' is not one of " + new TreeSet<>(ROLES));
        }
        row.put("role", role);
        return row;
    }

    static OrganisationType type(String value) throws InvalidRow {
        return CordisTypes.organisationType(value)
                .orElseThrow(() -> new InvalidRow("type: '" + value + "' is not one of " + CordisTypes.ACCEPTED));
    }

    /** The platform's country code; empty means unknown. */
    static String country(String value) throws InvalidRow {
        if (value.isEmpty()) {
            return null;
        }
        return CountryCode.normalise(value).orElseThrow(() -> new InvalidRow("country: " + CountryCode.problem(value)));
    }

    private String key(List<String> fields, String column) throws InvalidRow {
        String id = value(fields, column);
        if (!ID.matcher(id).matches()) {
            throw new InvalidRow(column + ": '" + id + "' is not an id (letters, digits, '.', '_', '-')");
        }
        return source + ":" + id;
    }

    private String text(List<String> fields, String column) throws InvalidRow {
        String text = value(fields, column);
        if (text.length() > MAX_TEXT) {
            throw new InvalidRow(column + ": longer than " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private boolean bool(List<String> fields, String column) throws InvalidRow {
        String value = value(fields, column);
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidRow(column + ": '" + value + "' is neither true nor false");
    }

    private long year(List<String> fields, String column) throws InvalidRow {
        String value = value(fields, column);
        try {
            long year = Long.parseLong(value);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRow(column + ": '" + value + "' is not a year");
    }

    private static List<String> areas(String value) {
        return Arrays.stream(value.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    private String value(List<String> fields, String column) {
        return fields.get(columns.get(column)).trim();
    }
}
