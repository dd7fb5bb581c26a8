package org.knowbridge.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KnowledgeAreasTest {

    @Test
    void aPathReadsAsItsLastSegmentAndAKeywordAsItIs() {
        assertEquals(
                "artificial intelligence",
                KnowledgeAreas.label("/natural sciences/computer and information sciences/artificial intelligence"));
        assertEquals(
                "laser physics", KnowledgeAreas.label("/natural sciences/physical sciences/optics/laser physics/"));
        assertEquals("robotics", KnowledgeAreas.label(" robotics "));
        assertEquals("", KnowledgeAreas.label(null));
    }
}
