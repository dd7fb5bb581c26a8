package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

class PartnerRankerTest {

    private static final String MATERIALS = "/engineering and technology/materials engineering/coating and films";

    /**
     * The Finnish SME s worked with p1 (DE) and p2 (SE). The French institute c worked with both of them;
     * the German firm d with p1 only; the Finnish university h with both (but is not foreign).
     */
    private final GraphSnapshot g = TinyGraphs.builder()
            .firm("s", "FI")
            .org("p1", "DE", OrganisationType.UNIVERSITY, false)
            .org("p2", "SE", OrganisationType.COMPANY, false)
            .org("c", "FR", OrganisationType.RESEARCH_ORGANISATION, false)
            .firm("d", "DE")
            .org("h", "FI", OrganisationType.UNIVERSITY, false)
            .project("a1", 2021, Set.of(MATERIALS), "CALL-X-1", "s", "p1", "p2")
            .project("a2", 2021, Set.of(MATERIALS), "CALL-X-2", "p1", "c")
            .project("a3", 2021, "p2", "c")
            .project("a4", 2021, "p1", "d")
            .project("a5", 2021, "p1", "p2", "h")
            .snapshot();

    private final PartnerRanker ranker = new PartnerRanker(RankingSignals.of(g), PriorModel.get());

    private static List<String> ids(List<Recommendation> recs) {
        return recs.stream().map(Recommendation::partnerId).toList();
    }

    @Test
    void suggestsOnlyForeignOrganisationsThatAreNotYetPartners() {
        List<String> ids = ids(ranker.rank(RankingRequest.forFirm("s", 10)));
        assertEquals(List.of("c", "d"), ids, "c shares two partners with s, d one; h is Finnish, p1 and p2 known");
    }

    @Test
    void neverSuggestsPartnersTheFirmDeclined() {
        List<String> ids = ids(ranker.rank(RankingRequest.forFirm("s", 10).excluding(Set.of("c"))));
        assertEquals(List.of("d"), ids);
    }

    @Test
    void countryAndKindFiltersNarrowTheCandidates() {
        assertEquals(
                List.of("d"), ids(ranker.rank(RankingRequest.forFirm("s", 10).onlyIn(Set.of("DE")))));
        assertEquals(
                List.of("c"),
                ids(ranker.rank(
                        RankingRequest.forFirm("s", 10).onlyOfKinds(Set.of(PartnerKind.RESEARCH_ORGANISATION)))));
    }

    @Test
    void channelFilterKeepsOnlyCandidatesThatWorkedThroughOneOfTheChannels() {
        // c licensed from p1, d co-developed with p1 and also ran a project with e; e only ran projects
        GraphSnapshot channels = TinyGraphs.builder()
                .firm("s", "FI")
                .firm("p1", "DE")
                .firm("c", "FR")
                .firm("d", "DE")
                .firm("e", "SE")
                .project("a1", 2021, "s", "p1")
                .collaboration(pair("l1", KnowledgeChannel.LICENSING, "p1", "c"))
                .collaboration(pair("l2", KnowledgeChannel.CO_DEVELOPMENT, "p1", "d"))
                .project("a2", 2021, "d", "e")
                .snapshot();
        PartnerRanker r = new PartnerRanker(RankingSignals.of(channels), PriorModel.get());
        RankingRequest all = RankingRequest.forFirm("s", 10);
        assertEquals(Set.of("c", "d", "e"), Set.copyOf(ids(r.rank(all))));
        assertEquals(List.of("c"), ids(r.rank(all.throughChannels(Set.of(KnowledgeChannel.LICENSING)))));
        assertEquals(
                Set.of("c", "d"),
                Set.copyOf(ids(r.rank(
                        all.throughChannels(Set.of(KnowledgeChannel.LICENSING, KnowledgeChannel.CO_DEVELOPMENT))))));
        assertEquals(
                Set.of("d", "e"),
                Set.copyOf(ids(r.rank(all.throughChannels(Set.of(KnowledgeChannel.PROJECT_EXCHANGE))))));
        assertEquals(List.of(), ids(r.rank(all.throughChannels(Set.of(KnowledgeChannel.EMPLOYEE_MOBILITY)))));
        assertEquals(Set.of("c", "d", "e"), Set.copyOf(ids(r.rank(all.throughChannels(Set.of())))), "empty: no filter");
    }

    private static Collaboration pair(String id, KnowledgeChannel channel, String a, String b) {
        return Collaboration.between(
                id, 2021, channel, Outcome.UNKNOWN, Participant.of(a), Participant.of(b), Set.of());
    }

    @Test
    void explainsWithNamedSharedPartners() {
        Recommendation top = ranker.rank(RankingRequest.forFirm("s", 1)).get(0);
        Reason shared = top.reasons().stream()
                .filter(r -> r.type() == ReasonType.SHARED_PARTNERS)
                .findFirst()
                .orElseThrow();
        assertEquals("worked with 2 of your partners (Org p1, Org p2)", shared.sentence());
        assertEquals(2, shared.figures().get("count"));
        assertEquals(
                List.of("p1", "p2"),
                shared.entities().stream().map(Reason.NamedEntity::id).toList());
    }

    @Test
    void explainsKnowledgeFitWithTheSharedArea() {
        Recommendation top = ranker.rank(RankingRequest.forFirm("s", 1)).get(0);
        Reason fit = top.reasons().stream()
                .filter(r -> r.type() == ReasonType.KNOWLEDGE_FIT)
                .findFirst()
                .orElseThrow();
        assertEquals("works on coating and films, in your fields: 1 project, in 2021", fit.sentence());
        assertEquals(List.of(new Reason.NamedEntity("knowledgeArea", MATERIALS, "coating and films")), fit.entities());
    }

    @Test
    void ranksAreConsecutiveAndScoresDescend() {
        List<Recommendation> recs = ranker.rank(RankingRequest.forFirm("s", 10));
        for (int i = 0; i < recs.size(); i++) {
            assertEquals(i + 1, recs.get(i).rank());
            if (i > 0) {
                assertTrue(recs.get(i - 1).score() >= recs.get(i).score());
            }
        }
    }

    @Test
    void anUnknownFirmWithoutAProfileIsAnError() {
        assertThrows(UnknownFirmException.class, () -> ranker.rank(RankingRequest.forFirm("nobody", 5)));
    }

    @Test
    void aNewerSnapshotIsRankedWithTheSameModel() {
        GraphSnapshot newer = TinyGraphs.builder()
                .firm("s", "FI")
                .firm("n", "EE")
                .firm("m", "LV")
                .project("b1", 2022, "s", "m")
                .project("b2", 2022, "m", "n")
                .snapshot();
        assertEquals(List.of("n"), ids(ranker.on(newer).rank(RankingRequest.forFirm("s", 5))));
        assertFalse(ranker.on(newer) == ranker);
    }
}
