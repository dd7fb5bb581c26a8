package org.knowbridge.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.problem.ProblemException;

class ImportJobCursorTest {

    @Test
    void aCursorReadsBackAsTheJobItEndedWith() {
        Instant at = Instant.parse("2026-12-03T22:10:26.123456Z");
        String cursor = ImportJobCursor.after(at, "5f0c6d3e-2f59-4c5e-9d07-0a4b5d3c2e11");
        assertEquals(new ImportJobCursor(at, "5f0c6d3e-2f59-4c5e-9d07-0a4b5d3c2e11"), ImportJobCursor.parse(cursor));
        assertNull(ImportJobCursor.parse(null));
    }

    @Test
    void anythingElseIsABadCursorNamingTheParameter() {
        for (String bad : new String[] {"not base64!", "bm8gc2VwYXJhdG9y", "eHx5"}) {
            ProblemException problem = assertThrows(ProblemException.class, () -> ImportJobCursor.parse(bad));
            assertEquals("cursor", problem.errors().get(0).field());
        }
    }
}
