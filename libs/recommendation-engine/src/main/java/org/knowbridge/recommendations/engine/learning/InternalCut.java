package org.knowbridge.recommendations.engine.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;

/**
 * How the training graph is cut into a "past" that features are computed from and a "future" whose new
 * foreign partnerships are the labels, so that the ranker learns from history alone, never from what comes
 * after the training window.
 *
 * <p>With two or more years, the latest year is the future: the same question the ranker will answer.
 * With a single year there is nothing to cut by time, so a seeded random share of the call topics is held out
 * as the future instead.
 */
public sealed interface InternalCut {

    /** Share of call topics held out when the training window holds a single year. */
    double DEFAULT_HOLDOUT_SHARE = 0.3;

    Parts cut(List<Collaboration> collaborations);

    String describe();

    /** Cut by year when the collaborations span several years, by a random holdout otherwise. */
    static InternalCut choose(GraphSnapshot train, long seed) {
        TreeSet<Integer> years = new TreeSet<>();
        train.collaborations().forEach(c -> years.add(c.year()));
        return years.size() >= 2 ? new ByYear(years.last()) : new RandomHoldout(DEFAULT_HOLDOUT_SHARE, seed);
    }

    /** Collaborations before the cut and after it. */
    record Parts(List<Collaboration> past, List<Collaboration> future) {}

    /** Everything before {@code futureYear} is the past; {@code futureYear} itself is the future. */
    record ByYear(int futureYear) implements InternalCut {
        @Override
        public Parts cut(List<Collaboration> collaborations) {
            List<Collaboration> past = new ArrayList<>();
            List<Collaboration> future = new ArrayList<>();
            for (Collaboration c : collaborations) {
                if (c.year() < futureYear) {
                    past.add(c);
                } else if (c.year() == futureYear) {
                    future.add(c);
                }
            }
            return new Parts(past, future);
        }

        @Override
        public String describe() {
            return "by year: past < " + futureYear + ", future = " + futureYear;
        }
    }

    /**
     * A seeded random {@code share} of the call topics is the future: every collaboration of a held-out topic
     * (one without a topic, on its own). Whole topics, because a later year brings new topics with consortia
     * formed for them, not stray projects of topics already seen.
     */
    record RandomHoldout(double share, long seed) implements InternalCut {
        @Override
        public Parts cut(List<Collaboration> collaborations) {
            Map<String, Boolean> held = new TreeMap<>();
            for (Collaboration c : collaborations) {
                held.put(key(c), false);
            }
            SplittableRandom random = new SplittableRandom(seed);
            held.replaceAll((k, v) -> random.nextDouble() < share);
            List<Collaboration> past = new ArrayList<>();
            List<Collaboration> future = new ArrayList<>();
            for (Collaboration c : collaborations) {
                (held.get(key(c)) ? future : past).add(c);
            }
            return new Parts(past, future);
        }

        private static String key(Collaboration c) {
            return !c.programme().isEmpty() ? "call:" + c.programme() : "id:" + c.id();
        }

        @Override
        public String describe() {
            return "random holdout of " + Math.round(share * 100) + "% of call topics (seed " + seed + ")";
        }
    }
}
