package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

class ReasonSentencesTest {

    /** Three Finnish SMEs worked with the German institute x, two of them bringing products to market. */
    private final GraphSnapshot g = TinyGraphs.builder()
            .firm("s", "FI")
            .firm("f1", "FI")
            .firm("f2", "FI")
            .firm("f3", "FI")
            .firm("p", "SE")
            .org("x", "DE", PartnerKind.RESEARCH_ORGANISATION, false)
            .collaboration(innovation("c1", "f1", "x"))
            .collaboration(innovation("c2", "f2", "x"))
            .project("c3", 2021, "f3", "x")
            .project("c4", 2021, "s", "p")
            .project("c5", 2021, "p", "x")
            .snapshot();

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

    private Reason reason(Recommendation r, ReasonType type) {
        return r.reasons().stream()
                .filter(x -> x.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + " missing from " + r.reasons()));
    }

    @Test
    void peerFirmsReasonNamesTheCountryAndTheOutcomes() {
        Recommendation x = new PartnerRanker(RankingSignals.of(g), PriorModel.get())
                .rank(RankingRequest.forFirm("s", 1))
                .get(0);
        assertEquals("x", x.partnerId());
        Reason peers = reason(x, ReasonType.PEER_FIRMS);
        assertEquals("3 SMEs like you in Finland worked with it; 2 brought new products to market", peers.sentence());
        assertEquals(3, peers.figures().get("peers"));
        assertEquals(2, peers.figures().get("newToMarket"));
    }

    @Test
    void targetCountryReasonUsesTheCountryName() {
        Recommendation x = new PartnerRanker(RankingSignals.of(g), PriorModel.get())
                .rank(RankingRequest.forFirm("s", 1)
                        .withProfile(FirmProfile.of("FI").targeting(Set.of("DE"))))
                .get(0);
        assertEquals(
                "in Germany, one of your target countries",
                reason(x, ReasonType.TARGET_COUNTRY).sentence());
    }

    @Test
    void countryNamesCoverTheEuropeanCodes() {
        assertEquals("Greece", CountryNames.of("EL"));
        assertEquals("United Kingdom", CountryNames.of("UK"));
        assertEquals("Finland", CountryNames.of("FI"));
    }
}
