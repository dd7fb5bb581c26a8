package org.knowbridge.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

class ETagsTest {

    @Test
    void theTagAsHandedOutNamesItsVersionInEveryFormClientsEcho() {
        assertEquals("7", ETags.of(7).getValue());
        assertEquals(7, ETags.expectedVersion("\"7\"", "firm"));
        assertEquals(7, ETags.expectedVersion("W/\"7\"", "firm"));
        assertEquals(7, ETags.expectedVersion(" 7 ", "firm"));
    }

    @Test
    void noHeaderIs428AndATagWeNeverHandedOutIs412() {
        assertEquals(
                ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> ETags.expectedVersion(null, "organisation"))
                        .type());
        assertEquals(
                ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> ETags.expectedVersion("  ", "organisation"))
                        .type());
        assertEquals(
                ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> ETags.expectedVersion("\"abc\"", "organisation"))
                        .type());
    }
}
