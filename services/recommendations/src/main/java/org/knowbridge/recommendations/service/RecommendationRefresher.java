package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.knowbridge.common.problem.ProblemException;
import org.knowbridge.recommendations.event.RecommendationsPublisher;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.repository.RankingCache;

/**
 * Keeps published suggestions current: after a change, ranks again exactly the platform firms it can affect
 * and publishes their new lists. The parties of a change come first, so they hear of it soonest; their partners
 * follow in the same pass.
 */
@ApplicationScoped
public class RecommendationRefresher {

    private static final Logger LOG = Logger.getLogger(RecommendationRefresher.class);

    /** Why a firm's suggestions were ranked again; carried by the published event. */
    public enum Cause {
        COLLABORATION_CHANGED,
        FIRM_CHANGED,
        FEEDBACK_GIVEN
    }

    private final RecommendationService recommendations;
    private final FirmDirectory firms;
    private final RankingCache cache;
    private final RecommendationsPublisher publisher;

    public RecommendationRefresher(RecommendationService recommendations, FirmDirectory firms, RankingCache cache,
            RecommendationsPublisher publisher) {
        this.recommendations = recommendations;
        this.firms = firms;
        this.cache = cache;
        this.publisher = publisher;
    }

    /** After graph changes: the organisations are graph keys, parties first. */
    public void graphChanged(Projection.Impact impact) {
        Set<String> affectedFirms = new LinkedHashSet<>();
        impact.parties().forEach(key -> affectedFirms.addAll(firms.firmsAt(key)));
        impact.partners().forEach(key -> affectedFirms.addAll(firms.firmsAt(key)));
        // Drop stale lists at once, so a request in the meantime ranks on the new graph rather than reading them.
        affectedFirms.forEach(cache::invalidate);
        affectedFirms.forEach(firmId -> refresh(firmId, Cause.COLLABORATION_CHANGED));
    }

    public void firmChanged(String firmId, Cause cause) {
        cache.invalidate(firmId);
        refresh(firmId, cause);
    }

    public void firmErased(String firmId) {
        cache.invalidate(firmId);
    }

    private void refresh(String firmId, Cause cause) {
        try {
            publisher.publish(recommendations.refresh(firmId), cause);
        } catch (ProblemException e) {
            // Not loaded yet, or the firm is gone: its list is ranked when it is next asked for.
            LOG.debugf("Not refreshing %s now: %s", firmId, e.getMessage());
        }
    }
}
