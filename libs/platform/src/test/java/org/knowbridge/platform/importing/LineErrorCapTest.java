package org.knowbridge.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineErrorCapTest {

    @Test
    void keepsTheFirstErrorsUpToTheCapAndNoneBeyond() {
        LineErrorCap cap = new LineErrorCap(1000);
        assertEquals(500, cap.room(0, 500));
        assertEquals(500, cap.room(500, 500));
        assertEquals(2, cap.room(998, 5));
        assertEquals(0, cap.room(1000, 1));
        assertEquals(0, cap.room(1500, 3));
    }
}
