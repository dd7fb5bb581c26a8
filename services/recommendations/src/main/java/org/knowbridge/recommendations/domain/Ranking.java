package org.knowbridge.recommendations.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.knowbridge.recommendations.engine.ranking.Recommendation;

/**
 * A firm's suggested partners at one moment, best first.
 *
 * @param organisationKey the graph node ranked for (the firm's imported node, or its own)
 * @param coldStart       true when the firm has no collaborations yet, so its profile alone decided
 * @param graphVersion    the version of the graph snapshot ranked on
 * @param excluded        the partners left out because the firm declined them or has an open or answered
 *                        introduction with them
 */
public record Ranking(
        String firmId,
        String organisationKey,
        boolean coldStart,
        long graphVersion,
        OffsetDateTime generatedAt,
        List<Recommendation> recommendations,
        Set<String> excluded) {

    public Ranking {
        recommendations = List.copyOf(recommendations);
        excluded = Set.copyOf(excluded);
    }

    public Ranking limitedTo(int limit) {
        return recommendations.size() <= limit
                ? this
                : new Ranking(
                        firmId,
                        organisationKey,
                        coldStart,
                        graphVersion,
                        generatedAt,
                        recommendations.subList(0, limit),
                        excluded);
    }
}
