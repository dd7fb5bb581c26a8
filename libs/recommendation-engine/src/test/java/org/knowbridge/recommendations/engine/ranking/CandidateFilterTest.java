package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;

/** The filters, exclusions and hidden organisations decide which organisations may be candidates at all. */
class CandidateFilterTest {

    /**
     * The Finnish SME s worked with the Swedish SME p. Through p: the German university u, the French SME
     * company c, the Italian large company l and the Spanish SME consultancy k; the Finnish SME f is not foreign.
     */
    private final TinyGraphs organisations = TinyGraphs.builder()
            .firm("s", "FI")
            .firm("p", "SE")
            .org("u", "DE", OrganisationType.UNIVERSITY, false)
            .firm("c", "FR")
            .org("l", "IT", OrganisationType.COMPANY, false)
            .org("k", "ES", OrganisationType.CONSULTANCY, true)
            .firm("f", "FI")
            .project("a1", 2021, "s", "p")
            .project("a2", 2021, "p", "u", "c", "l", "k", "f");

    private final GraphSnapshot g = organisations.snapshot();

    private List<String> allowed(RankingRequest request) {
        CandidateFilter filter = new CandidateFilter(g, Seeker.resolve(RankingSignals.of(g), request), request);
        return IntStream.range(0, g.size())
                .filter(filter::allows)
                .mapToObj(g::id)
                .sorted()
                .toList();
    }

    @Test
    void withoutFiltersEveryForeignOrganisationNotYetAPartnerIsACandidate() {
        assertEquals(List.of("c", "k", "l", "u"), allowed(RankingRequest.forFirm("s", 10)));
    }

    @Test
    void typeFilterKeepsOnlyOrganisationsOfThoseTypes() {
        assertEquals(
                List.of("c", "l"),
                allowed(RankingRequest.forFirm("s", 10).onlyOfTypes(Set.of(OrganisationType.COMPANY))));
        assertEquals(
                List.of("k", "u"),
                allowed(RankingRequest.forFirm("s", 10)
                        .onlyOfTypes(Set.of(OrganisationType.UNIVERSITY, OrganisationType.CONSULTANCY))));
        assertEquals(
                List.of(), allowed(RankingRequest.forFirm("s", 10).onlyOfTypes(Set.of(OrganisationType.PUBLIC_BODY))));
    }

    @Test
    void smeFilterKeepsOnlySmesOrOnlyTheOthers() {
        assertEquals(List.of("c", "k"), allowed(RankingRequest.forFirm("s", 10).onlySme(true)));
        assertEquals(List.of("l", "u"), allowed(RankingRequest.forFirm("s", 10).onlySme(false)));
        assertEquals(
                List.of("c", "k", "l", "u"),
                allowed(RankingRequest.forFirm("s", 10).onlySme(null)));
    }

    @Test
    void excludedAndHiddenOrganisationsAreNoCandidates() {
        assertEquals(
                List.of("k", "l"),
                allowed(RankingRequest.forFirm("s", 10)
                        .excluding(Set.of("u"))
                        .hiding(id -> id.equals("c"))
                        .onlySme(null)));
    }

    @Test
    void typeAndSmeFiltersCombine() {
        assertEquals(
                List.of("c"),
                allowed(RankingRequest.forFirm("s", 10)
                        .onlyOfTypes(Set.of(OrganisationType.COMPANY))
                        .onlySme(true)));
    }

    @Test
    void theRankerSuggestsFromTheFilteredPoolNotFromAnUnfilteredTopList() {
        // Ten universities share both of s's partners, the SME company c only one: unfiltered, they fill the top ten.
        TinyGraphs crowded = TinyGraphs.builder()
                .firm("s", "FI")
                .firm("p", "SE")
                .firm("q", "SE")
                .firm("c", "FR")
                .project("a1", 2021, "s", "p")
                .project("a2", 2021, "s", "q")
                .project("a3", 2021, "p", "c");
        for (int i = 0; i < 10; i++) {
            crowded.org("u" + i, "DE", OrganisationType.UNIVERSITY, false).project("b" + i, 2021, "p", "q", "u" + i);
        }
        PartnerRanker ranker = new PartnerRanker(RankingSignals.of(crowded.snapshot()), PriorModel.get());
        List<Recommendation> unfiltered = ranker.rank(RankingRequest.forFirm("s", 10));
        assertEquals(10, unfiltered.size());
        assertTrue(
                unfiltered.stream().allMatch(r -> r.type() == OrganisationType.UNIVERSITY),
                "c is not among the unfiltered ten: " + unfiltered);
        List<Recommendation> companies = ranker.rank(RankingRequest.forFirm("s", 10)
                .onlyOfTypes(Set.of(OrganisationType.COMPANY))
                .onlySme(true));
        assertEquals(
                List.of("c"), companies.stream().map(Recommendation::partnerId).toList());
        assertEquals(OrganisationType.COMPANY, companies.getFirst().type());
        assertTrue(companies.getFirst().sme());
    }
}
