package org.knowbridge.recommendations.engine.ranking;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap;
import org.knowbridge.recommendations.engine.signals.ProjectWalk;
import org.knowbridge.recommendations.engine.signals.ScratchColumns;

/**
 * The graph-sized columns one {@link Query} writes its per-node figures into, reused from request to request:
 * allocating them anew for every request cost megabytes each on the full graph, and the collector's work with
 * it. A query takes a set from a shared pool and gives it back when its candidates are described; each column
 * is cleared on its next use only where it was written. The pool keeps a few sets (about as many as requests
 * that rank at once); beyond that, sets are left to the collector.
 */
final class QueryScratch {

    private static final int KEPT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final ConcurrentLinkedDeque<QueryScratch> FREE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger FREE_COUNT = new AtomicInteger();

    final ScratchColumns areas = new ScratchColumns(2);
    final ScratchColumns calls = new ScratchColumns(2);
    final ScratchColumns overlap = new ScratchColumns(NeighbourhoodOverlap.COLUMNS);
    final ProjectWalk.Scratch walk = new ProjectWalk.Scratch();

    private QueryScratch() {}

    /** The scratch whose column the array is, which knows the nodes written in it. */
    ScratchColumns writerOf(double[] column) {
        for (ScratchColumns s : new ScratchColumns[] {areas, calls, overlap}) {
            if (s.holds(column)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a column of this scratch");
    }

    /** A set no other query uses, the most recently given back first (its memory likely still in cache). */
    static QueryScratch take() {
        QueryScratch s = FREE.pollFirst();
        if (s == null) {
            return new QueryScratch();
        }
        FREE_COUNT.decrementAndGet();
        return s;
    }

    /** Back to the pool; the caller must not read its columns any more. */
    void giveBack() {
        if (FREE_COUNT.incrementAndGet() <= KEPT) {
            FREE.offerFirst(this);
        } else {
            FREE_COUNT.decrementAndGet();
        }
    }
}
