package org.knowbridge.recommendations.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

class CollaborationGraphTest {

    private static Organisation org(String id, String country) {
        return new Organisation(id, "Org " + id, country, OrganisationType.COMPANY, true, Set.of());
    }

    private static Collaboration pair(String id, int year, String a, String b) {
        return Collaboration.between(
                id,
                year,
                KnowledgeChannel.CO_DEVELOPMENT,
                Outcome.NEW_TO_MARKET_PRODUCT,
                Participant.of(a),
                new Participant(b, PartnerKind.SUPPLIER),
                Set.of("/engineering/materials"));
    }

    @Test
    void recordedCollaborationsBecomeWeightedEdges() {
        CollaborationGraph graph = new CollaborationGraph();
        graph.upsertOrganisation(org("a", "FI"));
        graph.upsertOrganisation(org("b", "DE"));
        graph.recordCollaboration(pair("c1", 2020, "a", "b"));
        graph.recordCollaboration(pair("c2", 2022, "a", "b"));

        GraphSnapshot s = graph.snapshot();
        int a = s.index("a");
        int b = s.index("b");
        int edge = s.edgeBetween(a, b);
        assertTrue(edge >= 0);
        assertEquals(2, s.sharedCollaborations(edge));
        assertEquals(2022, s.lastYearTogether(edge));
        assertTrue((s.outcomeMask(edge) & (1 << Outcome.NEW_TO_MARKET_PRODUCT.ordinal())) != 0);
        assertTrue((s.channelMask(edge) & (1 << KnowledgeChannel.CO_DEVELOPMENT.ordinal())) != 0);
        assertTrue((s.roleMask(edge) & (1 << PartnerKind.SUPPLIER.ordinal())) != 0, "b acted as a's supplier");
        assertEquals(2, s.collaborationCount(a));
    }

    @Test
    void removingACollaborationRemovesTheEdgeOnlyWhenNoOtherRemains() {
        CollaborationGraph graph = new CollaborationGraph();
        graph.upsertOrganisation(org("a", "FI"));
        graph.upsertOrganisation(org("b", "DE"));
        graph.recordCollaboration(pair("c1", 2020, "a", "b"));
        graph.recordCollaboration(pair("c2", 2021, "a", "b"));

        graph.removeCollaboration("c1");
        GraphSnapshot s = graph.snapshot();
        assertEquals(1, s.sharedCollaborations(s.edgeBetween(s.index("a"), s.index("b"))));

        graph.removeCollaboration("c2");
        s = graph.snapshot();
        assertFalse(s.areNeighbours(s.index("a"), s.index("b")));
        assertEquals(0, s.degree(s.index("a")), "still known, no longer a partner of anyone");
    }

    @Test
    void endingACollaborationKeepsItAsHistory() {
        CollaborationGraph graph = new CollaborationGraph();
        graph.recordCollaboration(pair("c1", 2019, "a", "b"));
        graph.endCollaboration("c1", 2021);

        GraphSnapshot s = graph.snapshot();
        int edge = s.edgeBetween(s.index("a"), s.index("b"));
        assertEquals(2021, s.lastYearTogether(edge));
        assertEquals(2021, s.maxYear());
    }

    @Test
    void erasingAFirmRemovesItAndItsPartnershipsButNotOthers() {
        CollaborationGraph graph = new CollaborationGraph();
        graph.upsertOrganisation(org("a", "FI"));
        graph.recordCollaboration(new Collaboration(
                "p",
                2021,
                KnowledgeChannel.PROJECT_EXCHANGE,
                Outcome.UNKNOWN,
                List.of(Participant.of("a"), Participant.of("b"), Participant.of("c")),
                Set.of(),
                "",
                0));

        graph.eraseOrganisation("a");

        GraphSnapshot s = graph.snapshot();
        assertEquals(-1, s.index("a"));
        assertTrue(graph.organisation("a").isEmpty());
        assertTrue(s.areNeighbours(s.index("b"), s.index("c")), "b and c still worked together");
    }

    @Test
    void applyingAnEventTwiceChangesNothingTheSecondTime() {
        CollaborationGraph graph = new CollaborationGraph();
        graph.upsertOrganisation(org("a", "FI"));
        graph.recordCollaboration(pair("c1", 2020, "a", "b"));
        GraphSnapshot first = graph.snapshot();

        graph.upsertOrganisation(org("a", "FI"));
        graph.recordCollaboration(pair("c1", 2020, "a", "b"));
        graph.removeCollaboration("never-recorded");

        assertSame(first, graph.snapshot(), "no change, no rebuild");
    }

    @Test
    void upsertingChangesTheOrganisationInPlace() {
        CollaborationGraph graph = new CollaborationGraph();
        graph.upsertOrganisation(org("a", "FI"));
        graph.recordCollaboration(pair("c1", 2020, "a", "b"));
        graph.upsertOrganisation(new Organisation("a", "Renamed", "SE", OrganisationType.CONSULTANCY, true, Set.of()));

        GraphSnapshot s = graph.snapshot();
        assertEquals("SE", s.organisation(s.index("a")).country());
        assertEquals(1, s.degree(s.index("a")));
    }

    @Test
    void snapshotsStayConsistentWhileEventsArrive() throws Exception {
        CollaborationGraph graph = new CollaborationGraph();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    graph.recordCollaboration(pair("c" + i, 2020, "hub", "o" + i));
                }
            });
            Future<?> reader = pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    GraphSnapshot s = graph.snapshot();
                    int hub = s.index("hub");
                    // a snapshot never shows half an event: every partner of the hub is a node of it
                    if (hub >= 0) {
                        assertEquals(s.size() - 1, s.degree(hub));
                    }
                }
            });
            writer.get(30, TimeUnit.SECONDS);
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(500, graph.snapshot().degree(graph.snapshot().index("hub")));
    }
}
