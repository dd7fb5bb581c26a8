package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.RandomGraphEvents;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

class CollaborationAreasTest {

    private static final List<List<String>> TERMS = List.of(
            List.of("/natural sciences"),
            List.of("/natural sciences/physical sciences/optics", "/medical and health sciences"),
            List.of("/engineering and technology/materials engineering/coating and films"),
            List.of("/natural sciences/chemical"), // a prefix that is no ancestor: matches nothing
            List.of());

    /** By id, each collaboration is within the terms exactly when one of its area strings is. */
    @Test
    void answersAsTheAreaStringsDo() {
        RandomGraphEvents events = new RandomGraphEvents(5, 80, "FI", "DE", "FR");
        events.collaborate(200);
        GraphSnapshot g = events.fromScratch();
        CollaborationAreas areas = new CollaborationAreas(g);
        int within = 0;
        for (List<String> terms : TERMS) {
            CollaborationAreas.Within byId = areas.within(terms);
            for (int c = 0; c < g.collaborations().size(); c++) {
                boolean expected = g.collaborations().get(c).knowledgeAreas().stream()
                        .anyMatch(area -> terms.stream().anyMatch(t -> area.equals(t) || area.startsWith(t + "/")));
                assertEquals(expected, byId.anyArea(c), "collaboration " + c + " within " + terms);
                within += expected ? 1 : 0;
            }
        }
        assertTrue(within > 0, "some collaborations are within some terms");
    }
}
