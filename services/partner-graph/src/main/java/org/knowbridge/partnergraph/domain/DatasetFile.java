package org.knowbridge.partnergraph.domain;

import java.util.List;

/**
 * The files of a collaboration dataset, in the order they import: participations refer to organisations
 * and projects, so those come first.
 */
public enum DatasetFile {
    ORGANISATIONS("organisations.csv", List.of("id", "name", "country", "type", "sme", "city", "nuts")),
    PROJECTS("projects.csv", List.of("id", "acronym", "year", "programme", "topic", "knowledge_areas")),
    PARTICIPATIONS("participations.csv", List.of("project_id", "organisation_id", "year", "role"));

    private final String fileName;
    private final List<String> columns;

    DatasetFile(String fileName, List<String> columns) {
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
}
