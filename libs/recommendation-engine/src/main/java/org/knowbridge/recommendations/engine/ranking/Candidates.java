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

    static Candidates of(Query query, CandidateFilter filter) {
        int[] nodes = CandidatePool.of(query, filter);
        double[][] features = new double[nodes.length][];
        for (int k = 0; k < nodes.length; k++) {
            features[k] = FeatureExtractor.extract(query, nodes[k]);
        }
        return new Candidates(nodes, features, !query.hasHistory());
    }

    public int size() {
        return nodes.length;
    }
}
