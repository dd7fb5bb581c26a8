package org.knowbridge.recommendations.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowbridge.recommendations.engine.evaluation.MethodResult;

/**
 * Runs the real offline evaluation on the shipped data set (train up to 2021, test 2022-2023) and checks that
 * the recommender finds more of the partners SMEs really went on to work with than every classic baseline
 * of the same run, while keeping its suggestions varied.
 */
class QualityGuardTest {

    @TempDir
    Path out;

    static Path repositoryRoot() {
        String configured = System.getProperty("knowbridge.root");
        if (configured != null
                && !configured.isBlank()
                && Files.isDirectory(Path.of(configured, "data", "cordis-he"))) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("data").resolve("cordis-he"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "data/cordis-he not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void beatsTheBestClassicBaselineOnTheDevSplit() throws Exception {
        Path data = repositoryRoot().resolve("data").resolve("cordis-he");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EvaluateArguments arguments =
                new EvaluateArguments(data, 2021, 2022, 2023, out.resolve("recs.csv"), 7, 50, Optional.empty());
        List<MethodResult> rows =
                new EvaluateCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(arguments);

        MethodResult ours = rows.get(0);
        assertEquals(EvaluateCommand.METHOD, ours.method());
        assertEquals(0, ours.invalid(), "every suggestion is a valid new foreign candidate");
        MethodResult best = rows.subList(1, rows.size()).stream()
                .max(java.util.Comparator.comparingDouble(MethodResult::recallAt10))
                .orElseThrow();
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(ours.recallAt10() > best.recallAt10(), "ours vs " + best.method() + ":\n" + table);
        assertTrue(ours.coverageAt10() >= 0.05, "coverage@10 " + ours.coverageAt10() + "\n" + table);
        assertTrue(Files.size(out.resolve("recs.csv")) > 0);
    }
}
