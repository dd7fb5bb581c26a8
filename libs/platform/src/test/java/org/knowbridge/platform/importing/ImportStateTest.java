package org.knowbridge.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ImportStateTest {

    @Test
    void aJobMovesForwardOnlyAndNeverLeavesAnEndState() {
        assertEquals(ImportState.RUNNING, ImportState.QUEUED.to(ImportState.RUNNING));
        assertEquals(ImportState.INTERRUPTED, ImportState.QUEUED.to(ImportState.INTERRUPTED));
        for (ImportState end : EnumSet.of(ImportState.SUCCEEDED, ImportState.FAILED, ImportState.INTERRUPTED)) {
            assertTrue(end.finished());
            assertTrue(ImportState.RUNNING.canBecome(end));
            for (ImportState next : ImportState.values()) {
                assertFalse(end.canBecome(next), end + " -> " + next);
            }
        }
        assertFalse(ImportState.RUNNING.canBecome(ImportState.QUEUED));
        assertFalse(ImportState.RUNNING.finished());
        // An instance that finds its job interrupted by another (taken for dead) does not resurrect it.
        assertThrows(IllegalStateException.class, () -> ImportState.INTERRUPTED.to(ImportState.SUCCEEDED));
    }
}
