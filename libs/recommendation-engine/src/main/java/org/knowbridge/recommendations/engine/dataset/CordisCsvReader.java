package org.knowbridge.recommendations.engine.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.contracts.cordis.CordisTypes;
import org.knowbridge.contracts.cordis.CsvLines;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * Reads a data set folder ({@code organisations.csv}, {@code projects.csv}, {@code participations.csv}):
 * every project becomes one PROJECT_EXCHANGE collaboration of its participants in the project's year, with
 * the project's knowledge areas and call topic.
 *
 * <p>Rows outside the requested year window are dropped as they are read, so a training graph never holds
 * anything after its cut-off; organisations are kept only when they take part in a kept collaboration.
 *
 * <p>A line that cannot be read (a NUL character, bytes that are not UTF-8, too few fields, a year that is no
 * number) is left out and reported with its file and number; the other lines are read. Only a file whose header
 * cannot be read fails the whole read.
 */
public final class CordisCsvReader {

    private final Path directory;
    private final Consumer<String> badLines;

    /** A reader that reports the lines it leaves out on standard error. */
    public CordisCsvReader(Path directory) {
        this(directory, System.err::println);
    }

    /** @param badLines told of each line left out, as "path line N: why" */
    public CordisCsvReader(Path directory, Consumer<String> badLines) {
        this.directory = directory;
        this.badLines = badLines;
    }

    public Dataset read(YearWindow window) {
        Map<String, Integer> yearOfProject = new HashMap<>();
        Map<String, Set<String>> membersOfProject = new LinkedHashMap<>();
        each(CordisFile.PARTICIPATIONS, r -> {
            int year = Integer.parseInt(r.get("year").trim());
            if (!window.contains(year)) {
                return;
            }
            String project = r.get("project_id");
            yearOfProject.putIfAbsent(project, year);
            membersOfProject
                    .computeIfAbsent(project, k -> new LinkedHashSet<>())
                    .add(r.get("organisation_id"));
        });
        Map<String, Record> projects = new HashMap<>();
        each(CordisFile.PROJECTS, r -> {
            if (membersOfProject.containsKey(r.get("id"))) {
                projects.put(r.get("id"), r);
            }
        });
        List<Collaboration> collaborations = new ArrayList<>(membersOfProject.size());
        Set<String> participants = new LinkedHashSet<>();
        membersOfProject.forEach((project, members) -> {
            Record p = projects.get(project);
            Set<String> areas = p == null ? Set.of() : splitAreas(p.get("knowledge_areas"));
            String topic = p == null ? "" : p.get("topic");
            collaborations.add(new Collaboration(
                    project,
                    yearOfProject.get(project),
                    KnowledgeChannel.PROJECT_EXCHANGE,
                    Outcome.UNKNOWN,
                    members.stream().map(Participant::of).toList(),
                    areas,
                    topic,
                    0));
            participants.addAll(members);
        });
        List<Organisation> organisations = new ArrayList<>();
        each(CordisFile.ORGANISATIONS, r -> {
            if (participants.contains(r.get("id"))) {
                organisations.add(new Organisation(
                        r.get("id"),
                        r.get("name"),
                        CountryCode.normalise(r.get("country")).orElse(""),
                        CordisTypes.organisationType(r.get("type")).orElse(OrganisationType.OTHER),
                        "true".equalsIgnoreCase(r.get("sme").trim()),
                        Set.of()));
            }
        });
        return new Dataset(organisations, collaborations);
    }

    /**
     * Ids of the organisations of type COMPANY (FIRM in older files), as the relevance figures count them, over
     * the whole file rather than one year window.
     */
    public Set<String> companies() {
        Set<String> out = new HashSet<>();
        each(CordisFile.ORGANISATIONS, r -> {
            if (CordisTypes.organisationType(r.get("type")).orElse(null) == OrganisationType.COMPANY) {
                out.add(r.get("id"));
            }
        });
        return out;
    }

    private static Set<String> splitAreas(String field) {
        if (field == null || field.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(field.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** One row of a file, by column name. */
    private record Record(CordisFile.Header header, List<String> fields) {
        String get(String column) {
            return header.get(fields, column);
        }
    }

    private void each(CordisFile file, Consumer<Record> action) {
        Path path = directory.resolve(file.fileName());
        try (CsvLines csv = CsvLines.of(Files.newInputStream(path))) {
            CsvLines.Line first = csv.next();
            if (first == null) {
                return;
            }
            CordisFile.Header header = header(path, file, first);
            for (CsvLines.Line line = csv.next(); line != null; line = csv.next()) {
                String bad = switch (line) {
                    case CsvLines.Bad b -> b.message();
                    case CsvLines.Row row
                    when row.fields().size() < header.size() ->
                        "expected at least " + header.size() + " fields, found "
                                + row.fields().size();
                    case CsvLines.Row row -> accept(action, new Record(header, row.fields()));
                };
                if (bad != null) {
                    badLines.accept(path + " line " + line.line() + ": " + bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Why the record could not be taken, or null once it was. */
    private static String accept(Consumer<Record> action, Record record) {
        try {
            action.accept(record);
            return null;
        } catch (NumberFormatException e) {
            return "a number column holds no number (" + e.getMessage() + ")";
        }
    }

    private static CordisFile.Header header(Path path, CordisFile file, CsvLines.Line first) {
        if (!(first instanceof CsvLines.Row row)) {
            throw new IllegalArgumentException(path + " line 1: " + ((CsvLines.Bad) first).message());
        }
        return file.header(row.fields());
    }
}
