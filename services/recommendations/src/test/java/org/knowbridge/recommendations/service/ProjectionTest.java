package org.knowbridge.recommendations.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.domain.GraphChange;
import org.knowbridge.recommendations.domain.GraphExport;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/** Which organisations a change can affect, and what an end or a re-sent organisation does to the graph. */
class ProjectionTest {

    private static Organisation org(String key, String country) {
        return new Organisation(key, key, country, OrganisationType.COMPANY, true, Set.of());
    }

    private static Collaboration project(String key, String... members) {
        return new Collaboration(
                key,
                2022,
                KnowledgeChannel.PROJECT_EXCHANGE,
                Outcome.UNKNOWN,
                java.util.Arrays.stream(members).map(Participant::of).toList(),
                Set.of(),
                "",
                0);
    }

    private Projection loaded() {
        Projection projection = new Projection(7);
        projection.load(new GraphExport(
                List.of(org("a", "DE"), org("b", "FR"), org("c", "IT"), org("d", "ES"), org("e", "PT")),
                List.of(project("p1", "a", "b"), project("p2", "b", "c"), project("p3", "d", "e"))));
        return projection;
    }

    @Test
    void aNewCollaborationAffectsItsPartiesFirstThenTheirPartners() {
        Projection projection = loaded();
        Collaboration ac = Collaboration.between(
                "x",
                2024,
                KnowledgeChannel.CO_DEVELOPMENT,
                Outcome.UNKNOWN,
                Participant.of("a"),
                Participant.of("d"),
                Set.of());
        Projection.Impact impact = projection.apply(List.of(new GraphChange.CollaborationRecorded(ac)));
        assertEquals(Set.of("a", "d"), impact.parties());
        assertEquals(Set.of("b", "e"), impact.partners());
        var graph = projection.ranker().orElseThrow().graph();
        assertTrue(graph.areNeighbours(graph.index("a"), graph.index("d")), "the ranker ranks on the new graph");
    }

    @Test
    void anEndedCollaborationKeepsItsPartnersButRecordsTheEndAndOutcome() {
        Projection projection = loaded();
        projection.apply(List.of(new GraphChange.CollaborationRecorded(Collaboration.between(
                "x",
                2020,
                KnowledgeChannel.LICENSING,
                Outcome.UNKNOWN,
                Participant.of("a"),
                Participant.of("c"),
                Set.of()))));
        projection.apply(List.of(
                new GraphChange.CollaborationEnded("x", 2023, Outcome.NEW_TO_MARKET_PRODUCT, List.of("a", "c"))));
        var graph = projection.ranker().orElseThrow().graph();
        int edge = graph.edgeBetween(graph.index("a"), graph.index("c"));
        assertEquals(2023, graph.lastYearTogether(edge));
        assertTrue((graph.outcomeMask(edge) & (1 << Outcome.NEW_TO_MARKET_PRODUCT.ordinal())) != 0);
    }

    @Test
    void anOrganisationSentAgainUnchangedAffectsNobody() {
        Projection projection = loaded();
        assertEquals(
                Set.of(),
                projection
                        .apply(List.of(new GraphChange.OrganisationUpserted(org("b", "FR"))))
                        .parties());
        Projection.Impact renamed = projection.apply(List.of(new GraphChange.OrganisationUpserted(
                new Organisation("b", "B renamed", "FR", OrganisationType.COMPANY, true, Set.of()))));
        assertEquals(Set.of("b"), renamed.parties());
        assertEquals(Set.of("a", "c"), renamed.partners());
    }

    @Test
    void anOrganisationsNewTypeOrSmeFlagAffectsItsPartnersWhoseFiltersReadIt() {
        Projection projection = loaded();
        Projection.Impact retyped = projection.apply(List.of(new GraphChange.OrganisationUpserted(
                new Organisation("b", "b", "FR", OrganisationType.UNIVERSITY, true, Set.of()))));
        assertEquals(Set.of("b"), retyped.parties());
        assertEquals(Set.of("a", "c"), retyped.partners());
        Projection.Impact large = projection.apply(List.of(new GraphChange.OrganisationUpserted(
                new Organisation("b", "b", "FR", OrganisationType.UNIVERSITY, false, Set.of()))));
        assertEquals(Set.of("b"), large.parties());
        var graph = projection.ranker().orElseThrow().graph();
        Organisation b = graph.organisation(graph.index("b"));
        assertEquals(OrganisationType.UNIVERSITY, b.type());
        assertEquals(false, b.sme());
    }

    @Test
    void newOrganisationsWaitForTheNextChangeThatCanAlterARankingBeforeANewSnapshotIsBuilt() {
        Projection projection = loaded();
        var loadedGraph = projection.ranker().orElseThrow().graph();
        long loadedVersion = version(projection);

        Projection.Impact added = projection.apply(List.of(
                new GraphChange.OrganisationUpserted(org("f", "FI")),
                new GraphChange.OrganisationUpserted(org("g", "SE"))));
        assertEquals(Projection.Impact.NONE, added, "a new organisation has no partners whose suggestions it changes");
        assertTrue(
                projection.ranker().orElseThrow().graph() == loadedGraph,
                "no snapshot is built for organisations no ranking reads yet");
        assertEquals(loadedVersion, version(projection));

        Projection.Impact recorded =
                projection.apply(List.of(new GraphChange.CollaborationRecorded(Collaboration.between(
                        "x",
                        2024,
                        KnowledgeChannel.CO_DEVELOPMENT,
                        Outcome.UNKNOWN,
                        Participant.of("f"),
                        Participant.of("a"),
                        Set.of()))));
        assertEquals(Set.of("f", "a"), recorded.parties());
        var graph = projection.ranker().orElseThrow().graph();
        assertTrue(graph.areNeighbours(graph.index("f"), graph.index("a")), "the waiting organisations are in it now");
        assertTrue(graph.indexOf("g").isPresent(), "and so is the one without a collaboration yet");
        assertTrue(version(projection) > loadedVersion);
    }

    @Test
    void newOrganisationsReachTheSnapshotWhenTheTopicGoesQuietOrTheyHaveWaitedLongEnough() {
        Instant noon = Instant.parse("2026-12-03T12:00:00Z");
        MutableClock clock = new MutableClock(noon);
        Projection projection = loadedSmall(clock);

        projection.apply(List.of(new GraphChange.OrganisationUpserted(org("f", "FI"))));
        projection.catchUp();
        assertTrue(known(projection, "f").isEmpty(), "a pause between an import's batches is not yet quiet");
        clock.now = noon.plus(Projection.QUIET_BEFORE_SNAPSHOT);
        projection.catchUp();
        assertTrue(known(projection, "f").isPresent(), "a quiet topic takes it in");

        Instant streamStart = clock.now;
        Duration pause = Projection.QUIET_BEFORE_SNAPSHOT.dividedBy(2);
        projection.apply(List.of(new GraphChange.OrganisationUpserted(org("g", "SE"))));
        int added = 0;
        while (clock.now.plus(pause).isBefore(streamStart.plus(Projection.MAX_SNAPSHOT_DELAY))) {
            clock.now = clock.now.plus(pause);
            projection.apply(List.of(new GraphChange.OrganisationUpserted(org("s" + added++, "NO"))));
            projection.catchUp();
            assertTrue(known(projection, "g").isEmpty(), "still within the longest delay, the topic never quiet");
        }
        clock.now = streamStart.plus(Projection.MAX_SNAPSHOT_DELAY);
        projection.apply(List.of(new GraphChange.OrganisationUpserted(org("h", "DK"))));
        assertTrue(
                known(projection, "g").isPresent() && known(projection, "h").isPresent(),
                "a steady stream of new organisations still reaches the snapshot within the longest delay");
    }

    private static java.util.Optional<Integer> known(Projection projection, String key) {
        return projection.ranker().orElseThrow().graph().indexOf(key);
    }

    private static Projection loadedSmall(Clock clock) {
        Projection projection = new Projection(7, clock);
        projection.load(small());
        return projection;
    }

    private static GraphExport small() {
        return new GraphExport(List.of(org("a", "DE"), org("b", "FR")), List.of(project("p1", "a", "b")));
    }

    private static long version(Projection projection) {
        return projection.ranked().orElseThrow().graphVersion();
    }

    @Test
    void theGraphVersionGrowsWithEveryChangeAndEveryLoadEvenWhenTheClockStandsStillOrGoesBack() {
        Instant noon = Instant.parse("2026-12-03T12:00:00Z");
        MutableClock clock = new MutableClock(noon);
        Projection projection = loadedSmall(clock);
        long loaded = version(projection);
        assertEquals(noon.toEpochMilli() * 1000, loaded, "a load starts at its time in microseconds");

        projection.apply(List.of(new GraphChange.CollaborationRecorded(project("p2", "a", "b"))));
        long changed = version(projection);
        assertTrue(changed > loaded, "a change makes it newer");

        projection.load(small());
        long sameInstant = version(projection);
        assertTrue(sameInstant > changed, "a reload at the same instant is still newer");

        clock.now = noon.minusSeconds(3600);
        projection.load(small());
        assertTrue(version(projection) > sameInstant, "a clock set back never makes a load older");
    }

    @Test
    void aRestartedServiceStartsAboveWhatTheEarlierOneReported() {
        Instant noon = Instant.parse("2026-12-03T12:00:00Z");
        Projection before = new Projection(7, new MutableClock(noon));
        before.load(small());
        for (int i = 0; i < 100; i++) {
            before.apply(List.of(new GraphChange.OrganisationUpserted(org("n" + i, "IT"))));
        }
        Projection restarted = new Projection(7, new MutableClock(noon.plusSeconds(1)));
        restarted.load(small());
        assertTrue(version(restarted) > version(before));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
