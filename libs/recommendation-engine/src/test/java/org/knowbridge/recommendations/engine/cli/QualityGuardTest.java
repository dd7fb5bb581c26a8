package org.knowbridge.recommendations.engine.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import org.knowbridge.recommendations.engine.evaluation.Relevance;

/**
 * Runs the real offline evaluation on the shipped data set (train up to 2021, test 2022-2023) and checks that
 * no figure of the recommender slides back from what the shipped ranker reached: recall@10 and the relevance
 * figures (tail recall, personalisation, hub share, company share, field fit), and coverage.
 */
public class QualityGuardTest {

    @TempDir
    Path out;

    public static Path repositoryRoot() {
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

    /**
     * Figures of the shipped ranker on the dev split, as measured by the command (see docs/evaluation.md).
     * Each may move by {@link #TOLERANCE} (a training draw moves recall@10 by about 0.001) but not slide back.
     */
    static final double SHIPPED_RECALL_AT_10 = 0.0718;

    static final double SHIPPED_TAIL_RECALL_AT_10 = 0.0112;
    static final double SHIPPED_PERSONALISATION_AT_10 = 0.6976;
    static final double SHIPPED_HUB_SHARE_AT_10 = 0.8293;
    static final double SHIPPED_COMPANY_SHARE_AT_10 = 0.0562;
    static final double SHIPPED_FIELD_FIT_AT_10 = 0.2890;
    static final double TOLERANCE = 0.002;

    @Test
    void keepsTheShippedFiguresOnTheDevSplit() throws Exception {
        Path data = repositoryRoot().resolve("data").resolve("cordis-he");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EvaluateArguments arguments =
                new EvaluateArguments(data, 2021, 2022, 2023, out.resolve("recs.csv"), 7, 50, Optional.empty());
        List<MethodResult> rows =
                new EvaluateCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(arguments);

        MethodResult ours = rows.get(0);
        assertEquals(EvaluateCommand.METHOD, ours.method());
        assertEquals(0, ours.invalid(), "every suggestion is a valid new foreign candidate");
        String table = printed.toString(StandardCharsets.UTF_8);
        Relevance r = ours.relevance();
        assertAll(
                () -> assertAtLeast("recall@10", ours.recallAt10(), SHIPPED_RECALL_AT_10, table),
                () -> assertAtLeast("tail_recall@10", r.tailRecallAt10(), SHIPPED_TAIL_RECALL_AT_10, table),
                () -> assertAtLeast(
                        "personalisation@10", r.personalisationAt10(), SHIPPED_PERSONALISATION_AT_10, table),
                () -> assertAtLeast("company_share@10", r.companyShareAt10(), SHIPPED_COMPANY_SHARE_AT_10, table),
                () -> assertAtLeast("field_fit@10", r.fieldFitAt10(), SHIPPED_FIELD_FIT_AT_10, table),
                () -> assertTrue(
                        r.hubShareAt10() <= SHIPPED_HUB_SHARE_AT_10 + TOLERANCE,
                        "hub_share@10 " + r.hubShareAt10() + " above the shipped " + SHIPPED_HUB_SHARE_AT_10 + "\n"
                                + table),
                () -> assertTrue(ours.coverageAt10() >= 0.05, "coverage@10 " + ours.coverageAt10() + "\n" + table));
        assertTrue(Files.size(out.resolve("recs.csv")) > 0);
    }

    private static void assertAtLeast(String figure, double value, double shipped, String table) {
        assertTrue(
                value >= shipped - TOLERANCE,
                figure + " " + value + " below the shipped " + shipped + " (tolerance " + TOLERANCE + ")\n" + table);
    }
}
