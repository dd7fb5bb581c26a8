package org.knowbridge.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineErrorCapTest {

    @Test
    void keepsTheFirstThousandErrorsAndNoneBeyond() {
        assertEquals(500, LineErrorCap.room(0, 500));
        assertEquals(500, LineErrorCap.room(500, 500));
        assertEquals(2, LineErrorCap.room(998, 5));
        assertEquals(0, LineErrorCap.room(1000, 1));
        assertEquals(0, LineErrorCap.room(1500, 3));
    }
}
