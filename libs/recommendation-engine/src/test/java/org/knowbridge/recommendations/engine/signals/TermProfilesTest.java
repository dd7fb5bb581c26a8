package org.knowbridge.recommendations.engine.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

class TermProfilesTest {

    private static final String METALS = "/engineering and technology/materials engineering/metallurgy";
    private static final String COATINGS = "/engineering and technology/materials engineering/coating and films";
    private static final String BIRDS = "/natural sciences/biological sciences/zoology/ornithology";

    @Test
    void expandsPathsToTheirAncestorsBelowTheTopField() {
        assertEquals(
                List.of("/engineering and technology/materials engineering", METALS),
                HierarchicalTerms.knowledgeAreas().expand(METALS));
    }

    @Test
    void dropsYearsFromCallCodesSoLinesMatchAcrossYears() {
        assertEquals(
                HierarchicalTerms.callCodes()
                        .expand("HORIZON-CL5-2022-D3-01-02")
                        .subList(0, 3),
                HierarchicalTerms.callCodes()
                        .expand("HORIZON-CL5-2021-D3-01-07")
                        .subList(0, 3));
        assertEquals(
                "HORIZON-CL5",
                HierarchicalTerms.callCodes()
                        .expand("HORIZON-CL5-2021-D3-01-07")
                        .get(0));
    }

    @Test
    void similarityIsOneForTheSameProfileAndZeroForUnrelatedFields() {
        GraphSnapshot g = TinyGraphs.builder()
                .firm("a", "FI")
                .firm("b", "DE")
                .firm("c", "SE")
                .firm("d", "FR")
                .project("p1", 2021, Set.of(METALS), "", "a", "d")
                .project("p2", 2021, Set.of(METALS), "", "b", "d")
                .project("p3", 2021, Set.of(BIRDS), "", "c", "d")
                .snapshot();
        TermProfiles areas = TermProfiles.knowledgeAreas(g);
        TermProfiles.SparseVector a = areas.profile(g.index("a"));
        assertEquals(1.0, areas.similarity(a, g.index("b")), 1e-12);
        assertEquals(0.0, areas.similarity(a, g.index("c")), 1e-12);
        ScratchColumns scores = new ScratchColumns(2);
        areas.scoreAll(a, g.size(), scores);
        double[] all = scores.column(TermProfiles.SIMILARITY);
        assertEquals(1.0, all[g.index("b")], 1e-12);
        assertTrue(all[g.index("d")] > 0 && all[g.index("d")] < 1);
    }

    @Test
    void neighbouringFieldsMatchAtTheLevelTheyShare() {
        GraphSnapshot g = TinyGraphs.builder()
                .firm("a", "FI")
                .firm("b", "DE")
                .firm("c", "SE")
                .project("p1", 2021, Set.of(METALS), "", "a", "c")
                .project("p2", 2021, Set.of(COATINGS), "", "b", "c")
                .snapshot();
        TermProfiles areas = TermProfiles.knowledgeAreas(g);
        TermProfiles.SparseVector sought = areas.profileOf(List.of(METALS));
        double sameSubfield = areas.similarity(sought, g.index("b"));
        assertTrue(sameSubfield > 0, "coatings and metallurgy are both materials engineering");
        assertEquals(List.of(METALS), areas.strongestSharedTerms(sought, g.index("a"), 2));
    }
}
