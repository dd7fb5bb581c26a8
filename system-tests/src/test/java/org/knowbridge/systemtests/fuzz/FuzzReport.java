package org.knowbridge.systemtests.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A run's figures as text: counts by status class per service, then every failure with its reproducer. */
final class FuzzReport {

    private FuzzReport() {}

    static String of(FuzzRun.Result result, int requests, long seed) {
        StringBuilder text = new StringBuilder("Fuzz run: ")
                .append(requests)
                .append(" requests per service, seed ")
                .append(seed)
                .append(", ")
                .append(result.took().toSeconds())
                .append(" s\n");
        result.countsByStatusClass()
                .forEach(
                        (service, counts) -> text.append(String.format("  %-16s %s%n", service.serviceName(), counts)));
        Map<String, List<Failure>> byKind = result.failures().stream()
                .collect(Collectors.groupingBy(Failure::kind, LinkedHashMap::new, Collectors.toList()));
        text.append(result.failures().size())
                .append(" failures of ")
                .append(byKind.size())
                .append(" kinds\n");
        byKind.forEach((kind, failures) -> {
            text.append("\n").append(failures.size()).append(" x ").append(kind).append('\n');
            failures.forEach(
                    failure -> text.append("  ").append(failure.report()).append('\n'));
        });
        return text.toString();
    }

    /** One line per kind of failure with the first reproducer: short enough for an assertion message. */
    static String summary(List<Failure> failures) {
        Map<String, List<Failure>> byKind = failures.stream()
                .collect(Collectors.groupingBy(Failure::kind, LinkedHashMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder();
        byKind.forEach((kind, same) -> text.append(same.size())
                .append(" x ")
                .append(same.get(0).report())
                .append('\n'));
        return text.toString();
    }
}
