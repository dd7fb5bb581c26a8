package org.knowbridge.systemtests.chaos;

import java.util.List;
import org.knowbridge.systemtests.Percentile;
import org.knowbridge.systemtests.chaos.SoakRun.Result;

/** The figures of a soak: per endpoint requests, errors and latency; per service resident memory at start and end. */
final class SoakReport {

    private SoakReport() {}

    static String of(Result result) {
        StringBuilder out = new StringBuilder();
        out.append("%nSoak: %d s of mixed load, %d requests, %d errors%n"
                .formatted(
                        result.took().toSeconds(),
                        result.byEndpoint().values().stream()
                                .mapToInt(List::size)
                                .sum(),
                        result.errors()));
        out.append("%-58s %9s %7s %8s %8s%n".formatted("endpoint", "requests", "errors", "p50 ms", "p99 ms"));
        result.byEndpoint().forEach((endpoint, answers) -> {
            List<Long> millis = answers.stream()
                    .map(answer -> answer.took().toMillis())
                    .sorted()
                    .toList();
            out.append("%-58s %9d %7d %8d %8d%n"
                    .formatted(
                            endpoint,
                            answers.size(),
                            answers.stream().filter(answer -> !answer.ok()).count(),
                            (long) Percentile.of(millis, 50, 0),
                            (long) Percentile.of(millis, 99, 0)));
        });
        out.append("%n%-16s %28s %28s%n".formatted("service", "resident MiB", "live heap after GC MiB"));
        out.append("%-16s %9s %9s %8s %9s %9s %8s%n"
                .formatted("", "start", "half-way", "end", "start", "half-way", "end"));
        result.memoryAtStart().forEach((service, start) -> {
            SoakRun.Memory half = result.memoryHalfWay().getOrDefault(service, new SoakRun.Memory(-1, -1));
            SoakRun.Memory end = result.memoryAtEnd().getOrDefault(service, new SoakRun.Memory(-1, -1));
            out.append("%-16s %9d %9d %8d %9d %9d %8d%n"
                    .formatted(
                            service,
                            start.resident(),
                            half.resident(),
                            end.resident(),
                            start.liveHeap(),
                            half.liveHeap(),
                            end.liveHeap()));
        });
        return out.toString();
    }
}
