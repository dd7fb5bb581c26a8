package org.knowbridge.systemtests.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every write of the load against what the platform holds once all is running again: an acknowledged write whose
 * effect is missing anywhere is lost; any write whose effect is found twice somewhere was applied twice. Events
 * take a moment, and a restarted consumer catches up, so it looks again until all is found or the time is up.
 */
final class Reconciliation {

    private static final Duration BETWEEN_PASSES = Duration.ofSeconds(2);

    private Reconciliation() {}

    /** A write and how often each of its effects was found, by where. */
    record Outcome(Write write, Map<String, Integer> found) {

        boolean lost() {
            return write.acknowledged() && found.values().stream().anyMatch(count -> count == 0);
        }

        boolean duplicated() {
            return found.values().stream().anyMatch(count -> count > 1);
        }

        String describe() {
            return write.kind() + " " + write.label() + " (status " + write.status() + "): found " + found;
        }
    }

    /** The outcome of each write; a write found in full is not looked at again, only the missing ones are. */
    static List<Outcome> of(List<Write> writes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(writes.size(), null));
        while (true) {
            Reads reads = new Reads();
            for (int i = 0; i < writes.size(); i++) {
                if (outcomes.get(i) == null || outcomes.get(i).lost()) {
                    outcomes.set(i, outcome(writes.get(i), reads));
                }
            }
            if (outcomes.stream().noneMatch(Outcome::lost) || Instant.now().isAfter(deadline)) {
                return List.copyOf(outcomes);
            }
            Pause.of(BETWEEN_PASSES);
        }
    }

    private static Outcome outcome(Write write, Reads reads) {
        Map<String, Integer> found = new LinkedHashMap<>();
        write.effects()
                .forEach(effect -> found.put(effect.where(), effect.count().applyAsInt(reads)));
        return new Outcome(write, found);
    }
}
