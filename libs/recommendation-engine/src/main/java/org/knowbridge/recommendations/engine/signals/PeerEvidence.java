package org.knowbridge.recommendations.engine.signals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * What organisations like the firm experienced with a candidate: how many of the candidate's partners are
 * in the firm's country, how many of those are firms of the firm's kind (SMEs when it is one), and how many
 * of those collaborations brought products new to the market.
 */
public final class PeerEvidence {

    private static final int NEW_TO_MARKET = 1 << Outcome.NEW_TO_MARKET_PRODUCT.ordinal();

    /**
     * From this many partners on, a candidate's counts are kept once counted: the pool of nearly every firm holds
     * the same large hubs, whose thousands of partners would otherwise be walked again for every request.
     */
    static final int KEPT_FROM_DEGREE = 256;

    private final GraphSnapshot graph;
    private final Map<Long, Peers> ofHubs = new ConcurrentHashMap<>();

    public PeerEvidence(GraphSnapshot graph) {
        this.graph = graph;
    }

    /**
     * @param country the firm's country index
     * @param sme     whether peers must be SMEs (the firm is one) or any firm
     */
    public Peers of(int candidate, int country, boolean sme) {
        if (graph.degree(candidate) < KEPT_FROM_DEGREE) {
            return count(candidate, country, sme);
        }
        // One number per (candidate, country, kind), so a Long's hash is the number itself: the key it replaced,
        // candidate << 32 | country, hashed to candidate ^ country, and a profile found the map's bins turned to trees.
        long key = ((long) candidate * (graph.countryCount() + 1) + country + 1) * 2 + (sme ? 1 : 0);
        return ofHubs.computeIfAbsent(key, k -> count(candidate, country, sme));
    }

    private Peers count(int candidate, int country, boolean sme) {
        int inCountry = 0;
        int peers = 0;
        int newToMarket = 0;
        for (int e = graph.firstEdge(candidate); e < graph.endEdge(candidate); e++) {
            int j = graph.neighbour(e);
            if (graph.countryOf(j) != country) {
                continue;
            }
            inCountry++;
            boolean peer = sme
                    ? graph.organisation(j).sme()
                    : graph.organisation(j).kind().isFirm();
            if (peer) {
                peers++;
                newToMarket += (graph.outcomeMask(e) & NEW_TO_MARKET) != 0 ? 1 : 0;
            }
        }
        return new Peers(inCountry, peers, newToMarket);
    }

    /**
     * @param partnersInCountry the candidate's partners in the firm's country
     * @param peerFirms         of those, firms of the firm's kind
     * @param peersNewToMarket  of those, the ones whose collaboration brought a new-to-market product
     */
    public record Peers(int partnersInCountry, int peerFirms, int peersNewToMarket) {}
}
