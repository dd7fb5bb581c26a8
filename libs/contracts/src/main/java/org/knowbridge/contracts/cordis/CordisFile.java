package org.knowbridge.contracts.cordis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a collaboration dataset in the CORDIS format, in the order they import: participations refer
 * to organisations and projects, so those come first.
 */
public enum CordisFile {
    ORGANISATIONS("organisations.csv", List.of("id", "name", "country", "type", "sme", "city", "nuts")),
    PROJECTS("projects.csv", List.of("id", "acronym", "year", "programme", "topic", "knowledge_areas")),
    PARTICIPATIONS("participations.csv", List.of("project_id", "organisation_id", "year", "role"));

    /** A header row that lacks a required column. */
    public static final class MissingColumns extends IllegalArgumentException {
        MissingColumns(String message) {
            super(message);
        }
    }

    /** Where each column is, and how many fields every row must have. */
    public record Header(Map<String, Integer> positions, int size) {

        public String get(List<String> fields, String column) {
            return fields.get(positions.get(column));
        }
    }

    private final String fileName;
    private final List<String> columns;

    CordisFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** The columns the header must name; their order in the file does not matter. */
    public List<String> columns() {
        return columns;
    }

    /** The header of this file, read from its first row (names trimmed, any case). */
    public Header header(List<String> fields) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            positions.putIfAbsent(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing =
                columns.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new MissingColumns(fileName + ": the header lacks column(s) " + String.join(", ", missing));
        }
        return new Header(Map.copyOf(positions), fields.size());
    }
}
