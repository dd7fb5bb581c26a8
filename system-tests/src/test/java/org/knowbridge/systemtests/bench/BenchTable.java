package org.knowbridge.systemtests.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowbridge.systemtests.Percentile;

/** The benchmark's one table: a row per measurement, blank where a column means nothing for it. */
final class BenchTable {

    private static final String[] HEADINGS = {
        "measured",
        "clients",
        "per s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "x no-op",
        "errors",
        "server CPU",
        "bench CPU",
        "goal"
    };

    private final List<String[]> rows = new ArrayList<>();

    /** A load run, with its throughput against a reference run (null: none). */
    void add(LoadRun.Result run, LoadRun.Result reference, String server, String goal) {
        rows.add(new String[] {
            run.name(),
            Integer.toString(run.clients()),
            number(run.perSecond()),
            millis(run.millis(50)),
            millis(run.millis(95)),
            millis(run.millis(99)),
            millis(run.millis(100)),
            reference == null ? "" : ratio(run.perSecond() / reference.perSecond()),
            Long.toString(run.errors()),
            "%.2f cores (%s)".formatted(run.serverCores(), server),
            "%.2f cores".formatted(run.benchCores()),
            goal
        });
    }

    /** Delays (freshness), in milliseconds, sorted. */
    void addDelays(String name, List<Long> sortedMillis, long errors, String goal) {
        rows.add(new String[] {
            name,
            "1",
            "",
            millis(Percentile.of(sortedMillis, 50, Double.NaN)),
            millis(Percentile.of(sortedMillis, 95, Double.NaN)),
            millis(Percentile.of(sortedMillis, 99, Double.NaN)),
            millis(Percentile.of(sortedMillis, 100, Double.NaN)),
            "",
            Long.toString(errors),
            "",
            "",
            goal
        });
    }

    /** A figure that is neither a rate nor a latency (an import's duration, a recall). */
    void addFigure(String name, String figure, String goal) {
        rows.add(new String[] {name, "", figure, "", "", "", "", "", "", "", "", goal});
    }

    void print(PrintStream out) {
        int[] width = new int[HEADINGS.length];
        for (int c = 0; c < HEADINGS.length; c++) {
            width[c] = HEADINGS[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        line(out, HEADINGS, width);
        for (String[] row : rows) {
            line(out, row, width);
        }
    }

    private static void line(PrintStream out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            // the first and last columns are text, read left to right; the others are figures
            line.append(
                    c == 0 || c == cells.length - 1
                            ? pad(cell, width[c])
                            : " ".repeat(width[c] - cell.length()) + cell);
            line.append(c == cells.length - 1 ? "" : "  ");
        }
        out.println(line.toString().stripTrailing());
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(width - cell.length());
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
