package org.knowbridge.recommendations.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvaluateArgumentsTest {

    @Test
    void parsesTheDocumentedCommandLine() {
        EvaluateArguments a = EvaluateArguments.parse(new String[] {
            "data/cordis-he",
            "--train-until",
            "2021",
            "--test-from",
            "2022",
            "--test-until",
            "2023",
            "--out",
            "recs.csv",
            "--limit",
            "20",
            "--seed",
            "3"
        });
        assertEquals(Path.of("data/cordis-he"), a.dataDirectory());
        assertEquals(2021, a.trainUntil());
        assertEquals(2022, a.testFrom());
        assertEquals(2023, a.testUntil());
        assertEquals(Path.of("recs.csv"), a.out());
        assertEquals(20, a.limit());
        assertEquals(3, a.seed());
    }

    @Test
    void defaultsToFiftyPerFirmAndTheReferenceSeed() {
        EvaluateArguments a = EvaluateArguments.parse(new String[] {
            "d", "--train-until", "2021", "--test-from", "2022", "--test-until", "2023", "--out", "r.csv"
        });
        assertEquals(50, a.limit());
        assertEquals(7, a.seed());
    }

    @Test
    void refusesATestWindowThatOverlapsTraining() {
        assertThrows(
                IllegalArgumentException.class,
                () -> EvaluateArguments.parse(new String[] {
                    "d", "--train-until", "2022", "--test-from", "2022", "--test-until", "2023", "--out", "r.csv"
                }));
    }
}
