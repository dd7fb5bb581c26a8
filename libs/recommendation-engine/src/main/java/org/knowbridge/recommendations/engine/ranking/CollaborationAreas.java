package org.knowbridge.recommendations.engine.ranking;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.graph.TermBags;

/**
 * Each collaboration's knowledge areas as ids of the snapshot's area vocabulary, so that a reason can count a
 * candidate's collaborations in some areas (thousands for a large organisation) by id, looking at each
 * distinct area's path once rather than at every collaboration's strings. A collaboration's ids are looked up
 * when a reason first asks for them, not with every snapshot: a change would pay for all of them.
 * Thread-safe.
 */
final class CollaborationAreas {

    /** Stands for the ids of a collaboration with an area outside the vocabulary: its strings are read. */
    private static final int[] OUTSIDE_VOCABULARY = {-1};

    private final GraphSnapshot graph;
    private final TermBags vocabulary;
    private final AtomicReferenceArray<int[]> ids;

    CollaborationAreas(GraphSnapshot graph) {
        this.graph = graph;
        this.vocabulary = graph.knowledgeAreas();
        this.ids = new AtomicReferenceArray<>(graph.collaborations().size());
    }

    /** The collaboration's area ids; threads that ask at once look them up alike. */
    private int[] idsOf(int collaboration) {
        int[] row = ids.get(collaboration);
        if (row == null) {
            row = lookUp(graph.collaborations().get(collaboration).knowledgeAreas());
            ids.set(collaboration, row);
        }
        return row;
    }

    private int[] lookUp(Set<String> areas) {
        int[] row = new int[areas.size()];
        int k = 0;
        for (String area : areas) {
            int id = vocabulary.termId(area);
            if (id < 0) {
                return OUTSIDE_VOCABULARY;
            }
            row[k++] = id;
        }
        return row;
    }

    /** Which collaborations have an area within one of the terms (hierarchical paths); for one reason. */
    Within within(List<String> terms) {
        return new Within(terms);
    }

    /** Answers for one list of terms, remembering each area's answer. Not thread-safe. */
    final class Within {
        private static final byte UNSEEN = 0;
        private static final byte OUTSIDE = 1;
        private static final byte INSIDE = 2;

        private final List<String> terms;
        private final byte[] answers = new byte[vocabulary.vocabularySize()];

        private Within(List<String> terms) {
            this.terms = terms;
        }

        /** Whether the collaboration (a position in the snapshot's list) has an area within one of the terms. */
        boolean anyArea(int collaboration) {
            int[] row = idsOf(collaboration);
            if (row == OUTSIDE_VOCABULARY) {
                return graph.collaborations().get(collaboration).knowledgeAreas().stream()
                        .anyMatch(this::inside);
            }
            for (int id : row) {
                if (answers[id] == UNSEEN) {
                    answers[id] = inside(vocabulary.term(id)) ? INSIDE : OUTSIDE;
                }
                if (answers[id] == INSIDE) {
                    return true;
                }
            }
            return false;
        }

        private boolean inside(String area) {
            for (String term : terms) {
                if (isWithin(area, term)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether an area is the term or below it in the hierarchy ("/a/b/c" is within "/a/b", not within "/a/bc"). */
    private static boolean isWithin(String area, String term) {
        return area.startsWith(term) && (area.length() == term.length() || area.charAt(term.length()) == '/');
    }
}
