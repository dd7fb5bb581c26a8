package org.knowbridge.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SizeClassTest {

    @Test
    void headCountAloneDecidesWhenTurnoverIsUnknown() {
        assertEquals(SizeClass.MICRO, SizeClass.of(9, null));
        assertEquals(SizeClass.SMALL, SizeClass.of(10, null));
        assertEquals(SizeClass.SMALL, SizeClass.of(49, null));
        assertEquals(SizeClass.MEDIUM, SizeClass.of(50, null));
        assertEquals(SizeClass.MEDIUM, SizeClass.of(249, null));
        assertEquals(SizeClass.LARGE, SizeClass.of(250, null));
    }

    @Test
    void aTurnoverAboveTheCeilingMovesAFirmUp() {
        assertEquals(SizeClass.MICRO, SizeClass.of(5, 2_000_000L));
        assertEquals(SizeClass.SMALL, SizeClass.of(5, 2_000_001L));
        assertEquals(SizeClass.MEDIUM, SizeClass.of(5, 20_000_000L));
        assertEquals(SizeClass.LARGE, SizeClass.of(5, 60_000_000L));
    }

    @Test
    void turnoverAloneDecidesWhenHeadCountIsUnknown() {
        assertEquals(SizeClass.SMALL, SizeClass.of(null, 5_000_000L));
    }

    @Test
    void nothingKnownMeansNoClass() {
        assertNull(SizeClass.of(null, null));
    }
}
