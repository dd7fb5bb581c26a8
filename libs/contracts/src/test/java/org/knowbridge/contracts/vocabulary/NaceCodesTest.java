package org.knowbridge.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NaceCodesTest {

    @Test
    void whatEitherServiceTookBeforeIsACode() {
        // firm-profiles: the section letter in either case, alone or with a division, group or class.
        for (String code : new String[] {"C", "c", "C26", "c26.1", "C26.11", "U99"}) {
            assertTrue(NaceCodes.isCode(code), code);
        }
        // partner-graph: also without the letter.
        for (String code : new String[] {"26", "62.01", "01.1"}) {
            assertTrue(NaceCodes.isCode(code), code);
        }
    }

    @Test
    void otherTextIsNot() {
        for (String code : new String[] {"", "Z26", "C2", "C26.", "C26.111", "26.", "C 26", "00", "04.1", "34"}) {
            assertFalse(NaceCodes.isCode(code), code);
        }
        assertFalse(NaceCodes.isCode(null));
    }

    @Test
    void aCodeIsKeptInUpperCaseAsGiven() {
        assertEquals("C26.1", NaceCodes.normalise(" c26.1 "));
        assertEquals("62.01", NaceCodes.normalise("62.01"));
        assertNull(NaceCodes.normalise(null));
    }

    @Test
    void withItsSectionACodeGetsTheLetterOfItsDivision() {
        assertEquals("C26.1", NaceCodes.withSection("c26.1"));
        assertEquals("J62.01", NaceCodes.withSection("62.01"));
        assertEquals("A01", NaceCodes.withSection("01"));
        assertEquals("C33.2", NaceCodes.withSection("33.2"));
        assertEquals("D35", NaceCodes.withSection("35"));
        assertEquals("U99", NaceCodes.withSection("99"));
        assertEquals("G", NaceCodes.withSection("g"));
        assertNull(NaceCodes.withSection(null));
    }

    @Test
    void withItsSectionACodeMatchesTheFirmEventsPattern() {
        String eventPattern = "[A-U](\\d{2}(\\.\\d{1,2})?)?";
        for (String code : new String[] {"c", "c26.1", "62.01", "99", "10.11"}) {
            assertTrue(NaceCodes.withSection(code).matches(eventPattern), code);
        }
    }
}
