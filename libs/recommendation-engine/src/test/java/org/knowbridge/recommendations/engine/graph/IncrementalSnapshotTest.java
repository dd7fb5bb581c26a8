package org.knowbridge.recommendations.engine.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.learning.PriorModel;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.RankingSignals;

/**
 * A graph changed event by event gives, after every change, the snapshot (and so the suggestions) that a build
 * from scratch of the same organisations and collaborations gives: whatever the next snapshot keeps from the
 * previous one must be what a fresh build would make anyway.
 */
class IncrementalSnapshotTest {

    private static final String[] COUNTRIES = {"FI", "DE", "FR", "ES"};
    private static final String[] AREAS = {
        "/natural sciences/chemical sciences/catalysis",
        "/natural sciences/physical sciences/optics",
        "/engineering and technology/materials engineering/coating and films",
        "/medical and health sciences/clinical medicine/oncology"
    };
    private static final String[] CALLS = {"", "HORIZON-CL4-2021-01", "HORIZON-CL5-2022-02", "HORIZON-EIC-2023"};

    @Test
    void snapshotsAfterRandomChangesEqualSnapshotsBuiltFromScratch() {
        int kept = 0;
        for (long seed = 1; seed <= 12; seed++) {
            kept += replay(new Random(seed));
        }
        // The comparison means something only if snapshots were in fact carried over from their predecessors.
        assertTrue(kept > 100, "snapshots that kept the previous numbering: " + kept);
    }

    /** Applies random changes, comparing after each; returns how many snapshots kept the previous numbering. */
    private int replay(Random random) {
        CollaborationGraph graph = new CollaborationGraph();
        Map<String, Organisation> organisations = new HashMap<>();
        Map<String, Collaboration> collaborations = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            Organisation o = organisation("o" + i, random);
            organisations.put(o.id(), o);
            graph.upsertOrganisation(o);
        }
        int kept = 0;
        GraphSnapshot previous = graph.snapshot();
        for (int step = 0; step < 60; step++) {
            int events = 1 + random.nextInt(3);
            for (int e = 0; e < events; e++) {
                change(graph, organisations, collaborations, random, step * 3 + e);
            }
            GraphSnapshot changed = graph.snapshot();
            assertSameGraph(GraphSnapshot.of(organisations.values(), collaborations.values()), changed);
            kept += changed.organisations == previous.organisations ? 1 : 0;
            previous = changed;
        }
        assertSameSuggestions(GraphSnapshot.of(organisations.values(), collaborations.values()), previous);
        return kept;
    }

    /** One event, applied to the graph and to the plain maps a build from scratch reads. */
    private static void change(
            CollaborationGraph graph,
            Map<String, Organisation> organisations,
            Map<String, Collaboration> collaborations,
            Random random,
            int serial) {
        List<Collaboration> existing = new ArrayList<>(collaborations.values());
        existing.sort((a, b) -> a.id().compareTo(b.id()));
        Collaboration any = existing.isEmpty() ? null : existing.get(random.nextInt(existing.size()));
        int kind = random.nextInt(100);
        if (kind < 55 || any == null) {
            // the common event: a new collaboration, now and then with an organisation never seen before
            Collaboration c = collaboration("c" + random.nextInt(1000), organisations, random, kind % 10 == 0);
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        } else if (kind < 65) {
            // a corrected event: same members, other roles, outcome or year
            Collaboration c = new Collaboration(
                    any.id(),
                    2015 + random.nextInt(9),
                    pick(KnowledgeChannel.values(), random),
                    pick(Outcome.values(), random),
                    any.participants().stream()
                            .map(p -> new Participant(p.organisationId(), pick(PartnerKind.values(), random)))
                            .toList(),
                    any.knowledgeAreas(),
                    any.programme(),
                    any.endYear());
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        } else if (kind < 70) {
            // a corrected event with other members
            Collaboration c = collaboration(any.id(), organisations, random, false);
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        } else if (kind < 82) {
            int endYear = any.year() + random.nextInt(4);
            graph.endCollaboration(any.id(), endYear);
            if (any.endYear() != endYear) {
                collaborations.put(any.id(), any.endedIn(endYear));
            }
        } else if (kind < 88) {
            collaborations.remove(any.id());
            graph.removeCollaboration(any.id());
        } else if (kind < 94) {
            Organisation o = organisation("o" + random.nextInt(34), random);
            organisations.put(o.id(), o);
            graph.upsertOrganisation(o);
        } else {
            String erased = any.participants().get(0).organisationId();
            organisations.remove(erased);
            for (Collaboration c : existing) {
                if (c.participants().stream().anyMatch(p -> p.organisationId().equals(erased))) {
                    collaborations.put(c.id(), c.without(erased));
                }
            }
            graph.eraseOrganisation(erased);
        }
    }

    private static Organisation organisation(String id, Random random) {
        return new Organisation(
                id,
                "Org " + id,
                pick(COUNTRIES, random),
                pick(OrganisationType.values(), random),
                random.nextBoolean(),
                random.nextInt(3) == 0 ? Set.of(pick(AREAS, random)) : Set.of());
    }

    private static Collaboration collaboration(
            String id, Map<String, Organisation> organisations, Random random, boolean withNewcomer) {
        List<String> known = new ArrayList<>(organisations.keySet());
        known.sort(String::compareTo);
        Set<String> members = new LinkedHashSet<>();
        int size = 2 + random.nextInt(5);
        while (members.size() < size && !known.isEmpty()) {
            members.add(known.get(random.nextInt(known.size())));
        }
        if (withNewcomer) {
            members.add("new" + random.nextInt(20));
        }
        List<Participant> participants = new ArrayList<>();
        for (String m : members) {
            participants.add(new Participant(m, random.nextBoolean() ? null : pick(PartnerKind.values(), random)));
        }
        Set<String> areas = new LinkedHashSet<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            areas.add(pick(AREAS, random));
        }
        int year = 2015 + random.nextInt(9);
        return new Collaboration(
                id,
                year,
                pick(KnowledgeChannel.values(), random),
                pick(Outcome.values(), random),
                participants,
                areas,
                pick(CALLS, random),
                random.nextInt(3) == 0 ? year + 1 : 0);
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static void assertSameGraph(GraphSnapshot expected, GraphSnapshot actual) {
        assertArrayEquals(expected.organisations, actual.organisations);
        assertEquals(expected.indexById, actual.indexById);
        assertArrayEquals(expected.countries, actual.countries);
        assertArrayEquals(expected.countryOf, actual.countryOf);
        assertArrayEquals(expected.offsets, actual.offsets);
        assertArrayEquals(expected.neighbours, actual.neighbours);
        assertArrayEquals(expected.sharedCollaborations, actual.sharedCollaborations);
        assertArrayEquals(expected.lastYearTogether, actual.lastYearTogether);
        assertArrayEquals(expected.outcomeMask, actual.outcomeMask);
        assertArrayEquals(expected.channelMask, actual.channelMask);
        assertArrayEquals(expected.roleMask, actual.roleMask);
        assertArrayEquals(expected.strength, actual.strength);
        assertArrayEquals(expected.collaborationCount, actual.collaborationCount);
        assertArrayEquals(expected.firstYear, actual.firstYear);
        assertArrayEquals(expected.lastYear, actual.lastYear);
        assertEquals(expected.minYear, actual.minYear);
        assertEquals(expected.maxYear, actual.maxYear);
        assertEquals(expected.collaborations, actual.collaborations);
        assertArrayEquals(expected.collaborationsOf, actual.collaborationsOf);
        assertArrayEquals(expected.membersOf, actual.membersOf);
        assertArrayEquals(expected.rolesOf, actual.rolesOf);
        assertSameTerms(expected.knowledgeAreas, actual.knowledgeAreas, expected.size());
        assertSameTerms(expected.programmes, actual.programmes, expected.size());
    }

    private static void assertSameTerms(TermBags expected, TermBags actual, int nodes) {
        assertEquals(expected.vocabularySize(), actual.vocabularySize());
        for (int t = 0; t < expected.vocabularySize(); t++) {
            assertEquals(expected.term(t), actual.term(t));
        }
        for (int i = 0; i < nodes; i++) {
            assertArrayEquals(expected.terms(i), actual.terms(i));
            assertArrayEquals(expected.counts(i), actual.counts(i));
        }
    }

    /** The suggestions of every SME with partners, reasons and scores included. */
    private static void assertSameSuggestions(GraphSnapshot expected, GraphSnapshot actual) {
        PartnerRanker fromScratch = new PartnerRanker(RankingSignals.of(expected), PriorModel.get());
        PartnerRanker changed = new PartnerRanker(RankingSignals.of(actual), PriorModel.get());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.organisation(i).sme() && expected.degree(i) > 0) {
                RankingRequest request = RankingRequest.forFirm(expected.id(i), 10);
                assertEquals(fromScratch.rank(request), changed.rank(request), expected.id(i));
            }
        }
    }
}
