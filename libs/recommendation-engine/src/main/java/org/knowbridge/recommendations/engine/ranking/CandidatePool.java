package org.knowbridge.recommendations.engine.ranking;

import java.util.LinkedHashSet;
import java.util.Set;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * The few hundred candidates worth scoring in full for one firm, out of every organisation: the union of
 * the best by each cheap signal (two-step walk, shared partners, knowledge fit, call-line fit, most connected
 * to the firm's country, most connected overall). Scoring only these keeps a request in milliseconds.
 */
final class CandidatePool {

    /** How many candidates each signal contributes, at most. */
    static final int PER_SIGNAL = 150;

    private CandidatePool() {}

    static int[] of(Query q, CandidateFilter filter) {
        RankingSignals s = q.signals();
        GraphSnapshot g = s.graph();
        Set<Integer> pool = new LinkedHashSet<>();
        if (q.hasHistory()) {
            add(pool, q.best(q.overlap().twoStepWalk(), PER_SIGNAL, filter::allows));
            add(pool, q.best(q.overlap().adamicAdar(), PER_SIGNAL, filter::allows));
        }
        add(pool, q.best(q.areaFit(), PER_SIGNAL, filter::allows));
        add(pool, q.best(q.callFit(), PER_SIGNAL, filter::allows));
        add(pool, q.best(q.callActivity(), PER_SIGNAL, filter::allows));
        addFirstAllowed(pool, s.mostConnectedTo(q.seeker().country()), PER_SIGNAL, filter);
        for (int target : q.seeker().targetCountries()) {
            addFirstAllowed(pool, s.mostConnectedTo(target), PER_SIGNAL, filter);
        }
        addFirstAllowed(pool, s.byDegree(), PER_SIGNAL, filter);
        if (pool.isEmpty() && g.size() > 0) {
            addFirstAllowed(pool, s.byDegree(), g.size(), filter); // filters too narrow for the lists above
        }
        return pool.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void add(Set<Integer> pool, int[] nodes) {
        for (int n : nodes) {
            pool.add(n);
        }
    }

    private static void addFirstAllowed(Set<Integer> pool, int[] ordered, int k, CandidateFilter filter) {
        int taken = 0;
        for (int i = 0; i < ordered.length && taken < k; i++) {
            if (filter.allows(ordered[i])) {
                pool.add(ordered[i]);
                taken++;
            }
        }
    }
}
