package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphElementsTest {

    private final Organisation firm = new Organisation("firm-1", "Nordic Sensors Oy", "FI", "COMPANY", true, null);
    private final Organisation hub = new Organisation("hub", "Rhein Messtechnik GmbH", "DE", "COMPANY", false, null);
    private final Organisation university =
            new Organisation("cordis:1", "Bouvet University", "BV", "UNIVERSITY", false, null);

    @Test
    void drawsTheChainInOrderWithTheFirmAndThePartnerMarked() {
        Connection chain = new Connection(
                "firm-1",
                "cordis:1",
                true,
                2,
                List.of(firm, hub, university),
                List.of(
                        new Connection.Step("firm-1", "hub", "collaboration", "c1", null, "CO_DEVELOPMENT", 2024),
                        new Connection.Step("hub", "cordis:1", "project", "p1", "SENSE", "PROJECT_EXCHANGE", 2022)));

        GraphElements elements = GraphElements.of(chain, firm, university);

        assertEquals(
                List.of("firm-1", "hub", "cordis:1"),
                elements.nodes().stream().map(n -> n.data().id()).toList());
        assertEquals(
                List.of("firm", "between", "partner"),
                elements.nodes().stream().map(n -> n.data().role()).toList());
        assertEquals("Bouvet University (BV)", elements.nodes().get(2).data().label());
        assertEquals("UNIVERSITY", elements.nodes().get(2).data().type());
        assertEquals("/organisations/cordis%3A1", elements.nodes().get(2).data().href());
        assertEquals(
                List.of("firm-1>hub", "hub>cordis:1"),
                elements.edges().stream()
                        .map(e -> e.data().source() + ">" + e.data().target())
                        .toList());
        assertEquals(
                List.of("Co development 2024", "SENSE 2022"),
                elements.edges().stream().map(e -> e.data().label()).toList());
    }

    @Test
    void withoutAChainOnlyTheTwoEndsAreDrawn() {
        Connection none = new Connection("firm-1", "cordis:1", false, 0, List.of(), List.of());

        GraphElements elements = GraphElements.of(none, firm, university);

        assertEquals(
                List.of("firm-1", "cordis:1"),
                elements.nodes().stream().map(n -> n.data().id()).toList());
        assertEquals(List.of(), elements.edges());
    }
}
