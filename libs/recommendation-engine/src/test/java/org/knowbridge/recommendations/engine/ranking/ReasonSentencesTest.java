package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.cli.QualityGuardTest;
import org.knowbridge.recommendations.engine.dataset.CordisCsvReader;
import org.knowbridge.recommendations.engine.dataset.YearWindow;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

class ReasonSentencesTest {

    /**
     * Three Finnish SMEs worked with the German institute x, two of them bringing products to market; two of
     * them (f1, f2) make electronic components (NACE C26), the third (f3) is a software house (J62).
     */
    private final GraphSnapshot g = TinyGraphs.builder()
            .firm("s", "FI")
            .org(new Organisation("f1", "F1", "FI", OrganisationType.COMPANY, true, Set.of(), "C26.1"))
            .org(new Organisation("f2", "F2", "FI", OrganisationType.COMPANY, true, Set.of(), "C26"))
            .org(new Organisation("f3", "F3", "FI", OrganisationType.COMPANY, true, Set.of(), "J62"))
            .firm("p", "SE")
            .org("x", "DE", OrganisationType.RESEARCH_ORGANISATION, false)
            .collaboration(innovation("c1", "f1", "x"))
            .collaboration(innovation("c2", "f2", "x"))
            .project("c3", 2021, "f3", "x")
            .project("c4", 2021, "s", "p")
            .project("c5", 2021, "p", "x")
            .snapshot();

    private final PartnerRanker ranker = new PartnerRanker(RankingSignals.of(g), PriorModel.get());

    private static Collaboration innovation(String id, String a, String b) {
        return new Collaboration(
                id,
                2021,
                KnowledgeChannel.CO_DEVELOPMENT,
                Outcome.NEW_TO_MARKET_PRODUCT,
                List.of(Participant.of(a), Participant.of(b)),
                Set.of(),
                "",
                0);
    }

    private static Reason reason(Recommendation r, ReasonType type) {
        return r.reasons().stream()
                .filter(x -> x.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + " missing from " + r.reasons()));
    }

    private Recommendation top(FirmProfile profile) {
        return ranker.rank(RankingRequest.forFirm("s", 1).withProfile(profile)).get(0);
    }

    @Test
    void peerFirmsOfTheSameSizeAreCalledSoAndTheCountryNamed() {
        Recommendation x = ranker.rank(RankingRequest.forFirm("s", 1)).get(0);
        assertEquals("x", x.partnerId());
        Reason peers = reason(x, ReasonType.PEER_FIRMS);
        assertEquals(
                "3 SMEs in Finland worked with it: firms of your size; 2 brought new products to market",
                peers.sentence());
        assertEquals(3, peers.figures().get("peers"));
        assertEquals(0, peers.figures().get("sameSector"));
        assertEquals(2, peers.figures().get("newToMarket"));
        assertEquals(List.of(new Reason.NamedEntity("country", "FI", "Finland")), peers.entities());
    }

    @Test
    void peerFirmsOfTheFirmsSectorAreCounted() {
        Reason peers = reason(
                top(new FirmProfile("FI", "C26.5", true, Set.of(), Set.of(), Set.of(), Set.of())),
                ReasonType.PEER_FIRMS);
        assertEquals(
                "3 SMEs in Finland worked with it: firms of your size, 2 of them also in your sector (C26); "
                        + "2 brought new products to market",
                peers.sentence());
        assertEquals(2, peers.figures().get("sameSector"));
        assertTrue(peers.entities().contains(Reason.NamedEntity.of("sector", "C26")));
    }

    /** A large Finnish firm without collaborations yet, of that sector; its first suggestion (x). */
    private Recommendation largeNewFirm(String sector) {
        Recommendation top = ranker.rank(RankingRequest.forFirm("new", 1)
                        .withProfile(new FirmProfile("FI", sector, false, Set.of(), Set.of(), Set.of(), Set.of())))
                .get(0);
        assertEquals("x", top.partnerId());
        return top;
    }

    @Test
    void aLargeFirmIsNotToldOfFirmsLikeItWhenNeitherSizeNorSectorMatch() {
        Reason peers = reason(largeNewFirm(""), ReasonType.PEER_FIRMS);
        assertEquals("3 firms in Finland worked with it; 2 brought new products to market", peers.sentence());
        Reason sameSector = reason(largeNewFirm("J62"), ReasonType.PEER_FIRMS);
        assertEquals(
                "3 firms in Finland worked with it, 1 of them in your sector (J62); 2 brought new products to market",
                sameSector.sentence());
    }

    @Test
    void targetCountryReasonUsesTheCountryName() {
        Recommendation x = top(FirmProfile.of("FI").targeting(Set.of("DE")));
        Reason target = reason(x, ReasonType.TARGET_COUNTRY);
        assertEquals("a research organisation in Germany, one of your target countries", target.sentence());
        assertEquals(List.of(new Reason.NamedEntity("country", "DE", "Germany")), target.entities());
    }

    @Test
    void preferencesSayWhatThePartnerIsInWords() {
        Recommendation x = top(FirmProfile.of("FI").preferring(Set.of(PartnerKind.RESEARCH_ORGANISATION)));
        Reason kind = reason(x, ReasonType.PREFERRED_KIND);
        assertEquals("a research organisation, a kind of partner you prefer", kind.sentence());
        assertEquals(List.of(Reason.NamedEntity.of("kind", "RESEARCH_ORGANISATION")), kind.entities());

        // An SME consultancy: "an SME" alone would not say it is the kind the firm prefers.
        GraphSnapshot consultancy = TinyGraphs.builder()
                .firm("s", "FI")
                .firm("p", "SE")
                .org("k", "DE", OrganisationType.CONSULTANCY, true)
                .project("c1", 2021, "s", "p")
                .project("c2", 2021, "p", "k")
                .snapshot();
        Recommendation k = new PartnerRanker(RankingSignals.of(consultancy), PriorModel.get())
                .rank(RankingRequest.forFirm("s", 1)
                        .withProfile(FirmProfile.of("FI")
                                .targeting(Set.of("DE"))
                                .preferring(Set.of(PartnerKind.CONSULTANCY))))
                .get(0);
        assertEquals("k", k.partnerId());
        assertEquals(OrganisationType.CONSULTANCY, k.type());
        assertTrue(k.sme());
        assertEquals(
                "an SME consultancy, a kind of partner you prefer",
                reason(k, ReasonType.PREFERRED_KIND).sentence());
        assertEquals(
                "an SME in Germany, one of your target countries",
                reason(k, ReasonType.TARGET_COUNTRY).sentence());
    }

    /** On the shipped CORDIS data: what the suggestions of a hundred companies say. */
    @Test
    void beingWellConnectedIsNeverTheMainReasonAndNoSentenceShowsAPathOrACountryCode() {
        CordisCsvReader reader = new CordisCsvReader(
                QualityGuardTest.repositoryRoot().resolve("data").resolve("cordis-he"));
        GraphSnapshot graph = reader.read(YearWindow.until(2023)).toSnapshot();
        PartnerRanker onCordis = new PartnerRanker(RankingSignals.of(graph), PriorModel.get());
        int fitSaid = 0;
        for (String firm : reader.companies().stream()
                .sorted()
                .filter(id -> graph.index(id) >= 0 && graph.degree(graph.index(id)) > 0)
                .limit(100)
                .toList()) {
            for (Recommendation r : onCordis.rank(RankingRequest.forFirm(firm, 10))) {
                List<Reason> evidence = r.reasons().stream()
                        .filter(x -> x.type() != ReasonType.TARGET_COUNTRY && x.type() != ReasonType.PREFERRED_KIND)
                        .toList();
                assertFalse(r.reasons().isEmpty(), "every suggestion says why: " + r);
                if (!evidence.isEmpty()) {
                    assertNotEquals(
                            ReasonType.STRENGTH,
                            evidence.getFirst().type(),
                            r.reasons().toString());
                }
                for (Reason reason : r.reasons()) {
                    // organisation names and call codes are quoted as they are
                    if (reason.type() != ReasonType.SHARED_PARTNERS && reason.type() != ReasonType.CALL_LINES) {
                        assertFalse(reason.sentence().contains("/"), reason.sentence());
                        assertFalse(reason.sentence().matches(".*\\b[A-Z]{2}\\b.*"), reason.sentence());
                    }
                    fitSaid += reason.type() == ReasonType.KNOWLEDGE_FIT ? 1 : 0;
                }
            }
        }
        assertTrue(fitSaid > 0, "what partners work on is said");
    }
}
