package org.knowbridge.systemtests.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.knowbridge.systemtests.chaos.ChaosRun.Result;
import org.knowbridge.systemtests.chaos.Reconciliation.Outcome;

/** The figures of a chaos run as tables: per component killed, and per kind of write. */
final class ChaosReport {

    private static final int LISTED = 20;

    private ChaosReport() {}

    static String of(Result result) {
        StringBuilder out = new StringBuilder();
        out.append("%nChaos run, seed %d: %d kills (SIGKILL) in %s of write load%n"
                .formatted(result.settings().seed(), result.outages().size(), seconds(result.loadTime())));
        out.append("%-16s %5s %18s %22s %16s%n"
                .formatted("component", "kills", "longest unavailable", "longest until all ready", "writes refused"));
        Map<String, List<Outage>> byComponent = new LinkedHashMap<>();
        result.outages()
                .forEach(outage -> byComponent
                        .computeIfAbsent(outage.component(), c -> new ArrayList<>())
                        .add(outage));
        byComponent.forEach((component, outages) -> out.append("%-16s %5d %18s %22s %16d%n"
                .formatted(
                        component,
                        outages.size(),
                        seconds(longest(
                                outages.stream().map(Outage::unavailable).toList())),
                        seconds(longest(
                                outages.stream().map(Outage::platformBack).toList())),
                        outages.stream().mapToLong(Outage::writesRefused).sum())));

        out.append("%n%-16s %6s %13s %6s %11s  %s%n"
                .formatted(
                        "write",
                        "sent",
                        "acknowledged",
                        "lost",
                        "duplicated",
                        "statuses of the others (0: no answer)"));
        Map<String, List<Outcome>> byKind = result.outcomes().stream()
                .collect(Collectors.groupingBy(o -> o.write().kind(), LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, outcomes) -> out.append(row(kind, outcomes)));
        out.append(row("all", result.outcomes()));

        long interrupted =
                result.imports().stream().filter(ImportJob::interrupted).count();
        long failed = result.imports().stream().filter(job -> !job.succeeded()).count();
        out.append("%nImports: %d started, %d interrupted and run again, %d not succeeded%n"
                .formatted(result.imports().size(), interrupted, failed));
        result.imports().stream()
                .filter(job -> job.interrupted() || !job.succeeded())
                .forEach(job -> out.append("  ").append(job.outcome()).append(System.lineSeparator()));
        list(out, "Lost", result.outcomes().stream().filter(Outcome::lost).toList());
        list(
                out,
                "Applied twice",
                result.outcomes().stream().filter(Outcome::duplicated).toList());
        return out.toString();
    }

    private static String row(String kind, List<Outcome> outcomes) {
        Map<Integer, Long> refused = outcomes.stream()
                .map(Outcome::write)
                .filter(write -> !write.acknowledged())
                .collect(Collectors.groupingBy(Write::status, TreeMap::new, Collectors.counting()));
        return "%-16s %6d %13d %6d %11d  %s%n"
                .formatted(
                        kind,
                        outcomes.size(),
                        outcomes.stream().filter(o -> o.write().acknowledged()).count(),
                        outcomes.stream().filter(Outcome::lost).count(),
                        outcomes.stream().filter(Outcome::duplicated).count(),
                        refused.entrySet().stream()
                                .map(entry -> entry.getKey() + " x" + entry.getValue())
                                .collect(Collectors.joining(", ")));
    }

    private static void list(StringBuilder out, String title, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        out.append("%n%s (%d):%n".formatted(title, outcomes.size()));
        outcomes.stream()
                .limit(LISTED)
                .forEach(o -> out.append("  ").append(o.describe()).append(System.lineSeparator()));
    }

    private static Duration longest(List<Duration> durations) {
        return durations.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
