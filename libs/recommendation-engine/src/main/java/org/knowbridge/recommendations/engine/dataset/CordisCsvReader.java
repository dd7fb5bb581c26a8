package org.knowbridge.recommendations.engine.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.knowbridge.contracts.cordis.CordisTypes;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * Reads a data set folder ({@code organisations.csv}, {@code projects.csv}, {@code participations.csv}):
 * every project becomes one PROJECT_EXCHANGE collaboration of its participants in the project's year, with
 * the project's knowledge areas and call topic.
 *
 * <p>Rows outside the requested year window are dropped as they are read, so a training graph never holds
 * anything after its cut-off; organisations are kept only when they take part in a kept collaboration.
 */
public final class CordisCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private final Path directory;

    public CordisCsvReader(Path directory) {
        this.directory = directory;
    }

    public Dataset read(YearWindow window) {
        Map<String, Integer> yearOfProject = new HashMap<>();
        Map<String, Set<String>> membersOfProject = new LinkedHashMap<>();
        each("participations.csv", r -> {
            int year = Integer.parseInt(r.get("year").trim());
            if (!window.contains(year)) {
                return;
            }
            String project = r.get("project_id");
            yearOfProject.putIfAbsent(project, year);
            membersOfProject.computeIfAbsent(project, k -> new LinkedHashSet<>()).add(r.get("organisation_id"));
        });
        Map<String, CSVRecord> projects = new HashMap<>();
        each("projects.csv", r -> {
            if (membersOfProject.containsKey(r.get("id"))) {
                projects.put(r.get("id"), r);
            }
        });
        List<Collaboration> collaborations = new ArrayList<>(membersOfProject.size());
        Set<String> participants = new LinkedHashSet<>();
        membersOfProject.forEach((project, members) -> {
            CSVRecord p = projects.get(project);
            Set<String> areas = p == null ? Set.of() : splitAreas(p.get("knowledge_areas"));
            String topic = p == null ? "" : p.get("topic");
            collaborations.add(new Collaboration(project, yearOfProject.get(project), KnowledgeChannel.PROJECT_EXCHANGE,
                    Outcome.UNKNOWN, members.stream().map(Participant::of).toList(), areas, topic, 0));
            participants.addAll(members);
        });
        List<Organisation> organisations = new ArrayList<>();
        each("organisations.csv", r -> {
            if (participants.contains(r.get("id"))) {
                organisations.add(new Organisation(r.get("id"), r.get("name"),
                        CountryCode.normalise(r.get("country")).orElse(""),
                        CordisTypes.organisationType(r.get("type")).map(OrganisationType::partnerKind).orElse(PartnerKind.OTHER), "true".equalsIgnoreCase(r.get("sme").trim()), Set.of()));
            }
        });
        return new Dataset(organisations, collaborations);
    }

    private static Set<String> splitAreas(String field) {
        if (field == null || field.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void each(String file, Consumer<CSVRecord> action) {
        try (Reader in = Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.parse(in)) {
                action.accept(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(file), e);
        }
    }
}
