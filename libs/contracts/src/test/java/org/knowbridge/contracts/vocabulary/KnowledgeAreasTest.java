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

    @Test
    void anAreaIdIsASlugOfItsWholePathAndItsParentIsTheBroaderPath() {
        String path = "/natural sciences/computer and information sciences/artificial intelligence";
        assertEquals(
                "natural-sciences.computer-and-information-sciences.artificial-intelligence", KnowledgeAreas.id(path));
        assertEquals(
                "engineering-and-technology.materials-engineering.ceramics",
                KnowledgeAreas.id("/engineering and technology/materials engineering/céramics/"));
        assertEquals("/natural sciences/computer and information sciences", KnowledgeAreas.parentPath(path));
        assertEquals(null, KnowledgeAreas.parentPath("/natural sciences"));
    }
}
