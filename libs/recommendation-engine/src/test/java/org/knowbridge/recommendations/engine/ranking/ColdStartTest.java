package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;

class ColdStartTest {

    private static final String BATTERIES = "/engineering and technology/electrical engineering/batteries";
    private static final String SOIL = "/agricultural sciences/agriculture/soil science";

    /** Battery experts in DE and FR, soil experts in DE and ES, all with a track record; no firm "new". */
    private final GraphSnapshot g = TinyGraphs.builder()
            .org("bat-de", "DE", OrganisationType.RESEARCH_ORGANISATION, false)
            .org("bat-fr", "FR", OrganisationType.UNIVERSITY, false)
            .org("soil-de", "DE", OrganisationType.UNIVERSITY, false)
            .org("soil-es", "ES", OrganisationType.UNIVERSITY, false)
            .org("other-it", "IT", OrganisationType.COMPANY, false)
            .project("b1", 2021, Set.of(BATTERIES), "", "bat-de", "bat-fr")
            .project("b2", 2021, Set.of(BATTERIES), "", "bat-de", "other-it")
            .project("s1", 2021, Set.of(SOIL), "", "soil-de", "soil-es")
            .project("s2", 2021, Set.of(SOIL), "", "soil-es", "other-it")
            .snapshot();

    private final PartnerRanker ranker = new PartnerRanker(RankingSignals.of(g), PriorModel.get());

    private RankingRequest newFirm(FirmProfile profile) {
        return RankingRequest.forFirm("new", 3).withProfile(profile);
    }

    @Test
    void aFirmWithoutCollaborationsGetsPartnersFromWhatItSeeks() {
        List<Recommendation> recs = ranker.rank(newFirm(FirmProfile.of("FI").seeking(Set.of(BATTERIES))));
        assertEquals(3, recs.size());
        assertTrue(recs.get(0).partnerId().startsWith("bat-"), "battery experts first: " + recs);
        assertTrue(recs.get(1).partnerId().startsWith("bat-"), "battery experts first: " + recs);
    }

    @Test
    void targetCountriesAndPreferredKindsReorderTheSuggestions() {
        FirmProfile profile = FirmProfile.of("FI").seeking(Set.of(BATTERIES)).targeting(Set.of("FR"));
        assertEquals("bat-fr", ranker.rank(newFirm(profile)).get(0).partnerId());
        FirmProfile preferring = FirmProfile.of("FI")
                .seeking(Set.of(SOIL))
                .preferring(Set.of(PartnerKind.UNIVERSITY))
                .targeting(Set.of("ES"));
        assertEquals("soil-es", ranker.rank(newFirm(preferring)).get(0).partnerId());
    }

    @Test
    void reasonsSayTheSuggestionComesFromTheProfile() {
        FirmProfile profile = FirmProfile.of("FI").seeking(Set.of(BATTERIES)).targeting(Set.of("FR"));
        Recommendation top = ranker.rank(newFirm(profile)).get(0);
        List<ReasonType> types = top.reasons().stream().map(Reason::type).toList();
        assertEquals(ReasonType.COLD_START, types.get(0));
        assertTrue(types.contains(ReasonType.TARGET_COUNTRY));
        Reason fit = top.reasons().stream()
                .filter(r -> r.type() == ReasonType.KNOWLEDGE_FIT)
                .findFirst()
                .orElseThrow();
        assertEquals("works on batteries, which you seek: 1 project, in 2021", fit.sentence());
        assertFalse(types.contains(ReasonType.SHARED_PARTNERS));
    }

    @Test
    void neverSuggestsOrganisationsOfTheFirmsOwnCountry() {
        List<Recommendation> recs = ranker.rank(RankingRequest.forFirm("new", 10)
                .withProfile(FirmProfile.of("DE").seeking(Set.of(BATTERIES))));
        assertTrue(recs.stream().noneMatch(r -> r.country().equals("DE")), recs.toString());
        assertFalse(recs.isEmpty());
    }
}
