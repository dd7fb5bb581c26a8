package org.knowbridge.recommendations.engine.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;

class InternalCutTest {

    @Test
    void cutsByTheLatestYearWhenSeveralYearsExist() {
        GraphSnapshot g = TinyGraphs.builder()
                .project("a", 2019, "x", "y")
                .project("b", 2020, "x", "z")
                .project("c", 2021, "y", "z")
                .snapshot();
        InternalCut cut = InternalCut.choose(g, 1);
        assertEquals(new InternalCut.ByYear(2021), cut);
        InternalCut.Parts parts = cut.cut(g.collaborations());
        assertEquals(
                List.of("a", "b"), parts.past().stream().map(Collaboration::id).toList());
        assertEquals(
                List.of("c"), parts.future().stream().map(Collaboration::id).toList());
    }

    @Test
    void holdsOutASeededRandomShareWhenThereIsASingleYear() {
        TinyGraphs b = TinyGraphs.builder();
        for (int i = 0; i < 1000; i++) {
            b.project("p" + i, 2021, "x" + i, "y" + i);
        }
        GraphSnapshot g = b.snapshot();
        InternalCut cut = InternalCut.choose(g, 7);
        assertInstanceOf(InternalCut.RandomHoldout.class, cut);
        InternalCut.Parts first = cut.cut(g.collaborations());
        InternalCut.Parts again = cut.cut(g.collaborations());
        assertEquals(first, again, "the same seed holds out the same collaborations");
        double share = first.future().size() / 1000.0;
        assertTrue(Math.abs(share - InternalCut.DEFAULT_HOLDOUT_SHARE) < 0.05, "share " + share);
        assertEquals(1000, first.past().size() + first.future().size());
    }

    @Test
    void holdsOutWholeCallTopics() {
        TinyGraphs b = TinyGraphs.builder();
        for (int topic = 0; topic < 100; topic++) {
            for (int i = 0; i < 5; i++) {
                b.project("p" + topic + "-" + i, 2021, Set.of(), "TOPIC-" + topic, "x" + topic + i, "y" + topic + i);
            }
        }
        InternalCut.Parts parts = InternalCut.choose(b.snapshot(), 3).cut(b.collaborations());
        Set<String> pastTopics = new HashSet<>();
        parts.past().forEach(c -> pastTopics.add(c.programme()));
        assertTrue(
                parts.future().stream().noneMatch(c -> pastTopics.contains(c.programme())),
                "no topic has collaborations on both sides of the cut");
        assertTrue(!parts.future().isEmpty() && !parts.past().isEmpty());
    }
}
