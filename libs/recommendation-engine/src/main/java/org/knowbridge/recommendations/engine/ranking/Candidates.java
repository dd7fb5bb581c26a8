package org.knowbridge.recommendations.engine.ranking;

/**
 * A firm's candidate pool with each candidate's feature vector: what the model scores, and what training
 * examples are made of.
 */
public record Candidates(int[] nodes, double[][] features, boolean coldStart) {

    /** Pools and describes the candidates for a request. */
    public static Candidates of(RankingSignals signals, RankingRequest request) {
        Seeker seeker = Seeker.resolve(signals, request);
        return of(Query.of(signals, seeker), new CandidateFilter(signals.graph(), seeker, request));
    }

    /** Pools and describes the candidates; then the query's per-node figures are released (see Query). */
    static Candidates of(Query query, CandidateFilter filter) {
        try {
            int[] nodes = CandidatePool.of(query, filter);
            double[][] features = new double[nodes.length][];
            for (int k = 0; k < nodes.length; k++) {
                features[k] = FeatureExtractor.extract(query, nodes[k]);
            }
            return new Candidates(nodes, features, !query.hasHistory());
        } finally {
            query.release();
        }
    }

    public int size() {
        return nodes.length;
    }
}
