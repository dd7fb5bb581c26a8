package org.knowbridge.recommendations.engine.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

class CountryAndPeerSignalsTest {

    /** Finnish SMEs f1, f2 and a Finnish university u worked with the German institute x; f1 also with French y. */
    private final GraphSnapshot g = TinyGraphs.builder()
            .firm("f1", "FI")
            .firm("f2", "FI")
            .org("u", "FI", OrganisationType.UNIVERSITY, false)
            .org("x", "DE", OrganisationType.RESEARCH_ORGANISATION, false)
            .org("y", "FR", OrganisationType.COMPANY, false)
            .collaboration(new Collaboration(
                    "c1",
                    2021,
                    KnowledgeChannel.CO_DEVELOPMENT,
                    Outcome.NEW_TO_MARKET_PRODUCT,
                    List.of(Participant.of("f1"), Participant.of("x")),
                    Set.of(),
                    "",
                    0))
            .project("c2", 2021, "f2", "x")
            .project("c3", 2021, "u", "x")
            .project("c4", 2021, "f1", "y")
            .snapshot();

    @Test
    void countryAffinityIsTheShareOfForeignPartnerships() {
        CountryAffinity affinity = new CountryAffinity(g);
        int fi = g.countryIndex("FI");
        assertEquals(0.75, affinity.share(fi, g.countryIndex("DE")), 1e-12); // 3 of 4 Finnish foreign pairs
        assertEquals(0.25, affinity.share(fi, g.countryIndex("FR")), 1e-12);
    }

    @Test
    void peerEvidenceCountsFirmsLikeYouInYourCountryAndTheirOutcomes() {
        PeerEvidence.Peers p = new PeerEvidence(g).of(g.index("x"), g.countryIndex("FI"), true);
        assertEquals(3, p.partnersInCountry());
        assertEquals(2, p.peerFirms()); // the SMEs, not the university
        assertEquals(1, p.peersNewToMarket());
    }

    @Test
    void activityProfileDescribesReach() {
        ActivityProfile a = new ActivityProfile(g);
        assertEquals(1, a.partnerCountries(g.index("x")));
        assertEquals(2.0 / 3, a.smePartnerShare(g.index("x")), 1e-12);
        assertEquals(1.0, a.innovationRate(g.index("x")), 1e-12); // its only collaboration with a known outcome
        assertEquals(0, a.yearsSinceActive(g.index("x")));
    }
}
