package org.knowbridge.recommendations.engine.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.graph.TermBags;
import org.knowbridge.recommendations.engine.model.Collaboration;

/**
 * Each collaboration's knowledge areas as ids of the snapshot's area vocabulary, so that a reason can count a
 * candidate's collaborations in some areas (thousands for a large organisation) by id, looking at each
 * distinct area's path once rather than at every collaboration's strings.
 */
final class CollaborationAreas {

    private final GraphSnapshot graph;
    private final TermBags vocabulary;
    // per collaboration, its areas' ids; null when one is not in the vocabulary (then its strings are read)
    private final int[][] ids;

    CollaborationAreas(GraphSnapshot graph) {
        this.graph = graph;
        this.vocabulary = graph.knowledgeAreas();
        List<Collaboration> collaborations = graph.collaborations();
        ids = new int[collaborations.size()][];
        for (int c = 0; c < ids.length; c++) {
            Set<String> areas = collaborations.get(c).knowledgeAreas();
            int[] row = new int[areas.size()];
            int k = 0;
            for (String area : areas) {
                row[k++] = vocabulary.termId(area);
            }
            ids[c] = Arrays.stream(row).allMatch(id -> id >= 0) ? row : null;
        }
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
            int[] row = ids[collaboration];
            if (row == null) {
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
