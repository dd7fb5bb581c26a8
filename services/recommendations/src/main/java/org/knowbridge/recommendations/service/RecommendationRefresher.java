package org.knowbridge.recommendations.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.recommendations.domain.Ranking;
import org.knowbridge.recommendations.domain.RefreshCause;
import org.knowbridge.recommendations.engine.ranking.UnknownFirmException;
import org.knowbridge.recommendations.event.RecommendationsPublisher;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.repository.RankingCache;

/**
 * Keeps published suggestions current: after a change, ranks again exactly the platform firms it can affect
 * and publishes their new lists. The parties of a change are ranked at once, on the thread applying the change,
 * so they hear of it within the second. Their partners' firms can be thousands (a party may be a research
 * centre with thousands of partners): their cached lists are dropped at once, so a request ranks them on the
 * new graph, and they are ranked again and published by a background worker that never holds up the next change.
 * With several replicas, each firm's list is ranked ahead and published by one of them ({@link PublishingDuty}).
 */
@ApplicationScoped
public class RecommendationRefresher {

    private static final Logger LOG = Logger.getLogger(RecommendationRefresher.class);

    private final RecommendationService recommendations;
    private final Projection projection;
    private final FirmDirectory firms;
    private final RankingCache cache;
    private final RecommendationsPublisher publisher;
    private final RecommendationMetrics metrics;
    private final PublishingDuty duty;
    /** Partners' firms waiting to be ranked again, each once however many changes touched it. Guarded by this. */
    private final Set<String> pending = new LinkedHashSet<>();

    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .daemon()
            .priority(Thread.MIN_PRIORITY)
            .name("refresh-partners")
            .factory());
    private boolean draining;

    public RecommendationRefresher(
            RecommendationService recommendations,
            Projection projection,
            FirmDirectory firms,
            RankingCache cache,
            RecommendationsPublisher publisher,
            RecommendationMetrics metrics,
            PublishingDuty duty) {
        this.recommendations = recommendations;
        this.projection = projection;
        this.firms = firms;
        this.cache = cache;
        this.publisher = publisher;
        this.metrics = metrics;
        this.duty = duty;
    }

    /**
     * After graph changes (the impact's organisations are graph keys) whose events were written from
     * {@code changedAt} on (null when unknown).
     */
    public void graphChanged(Projection.Impact impact, Instant changedAt) {
        Set<String> parties = firmsAt(impact.parties());
        Set<String> partners = firmsAt(impact.partners());
        partners.removeAll(parties);
        // Drop stale lists at once, so a request in the meantime ranks on the new graph rather than reading them.
        // An erased organisation may be named in any list, as a suggestion or in a reason: all of them go.
        if (impact.erased()) {
            cache.clear();
        }
        parties.forEach(cache::invalidate);
        partners.forEach(cache::invalidate);
        boolean published = parties.stream()
                        .filter(firmId -> refresh(firmId, RefreshCause.COLLABORATION_CHANGED))
                        .count()
                > 0;
        if (published && changedAt != null) {
            metrics.published(changedAt);
        }
        later(partners);
    }

    private Set<String> firmsAt(Set<String> graphKeys) {
        Set<String> out = new LinkedHashSet<>();
        graphKeys.forEach(key -> {
            out.addAll(firms.firmsAt(key));
            projection.firmLinkedAt(key).ifPresent(out::add);
        });
        return out;
    }

    private synchronized void later(Set<String> firmIds) {
        pending.addAll(firmIds);
        if (!draining && !pending.isEmpty()) {
            draining = true;
            background.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            String next;
            synchronized (this) {
                var it = pending.iterator();
                if (!it.hasNext()) {
                    draining = false;
                    return;
                }
                next = it.next();
                it.remove();
            }
            // Both cores go to applying a new change first: its parties are waiting for their update.
            projection.awaitIdle();
            refresh(next, RefreshCause.COLLABORATION_CHANGED);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    public void firmChanged(String firmId, RefreshCause cause) {
        cache.invalidate(firmId);
        refresh(firmId, cause);
    }

    /** A firm became shown to other firms, or hidden from them: every cached list may be wrong now. */
    public void visibilityChanged() {
        cache.clear();
    }

    public void firmErased(String firmId) {
        cache.invalidate(firmId);
    }

    /** Firms this replica was handed with a partition: ranked again and published, in the background. */
    void takeOver(@Observes PublishingHandover handover) {
        background.execute(() -> handover.firms().forEach(this::refresh));
    }

    /**
     * Whether the firm's new suggestions were published. Every replica ranks them again, so that all answer from a
     * list of the same moment, but only the replica whose duty the firm is publishes them.
     */
    private boolean refresh(String firmId, RefreshCause cause) {
        boolean publishing = duty.publishes(firmId, cause);
        try {
            Ranking fresh = recommendations.refresh(firmId, publishing ? RecommendationsPublisher.PUBLISHED : 0);
            if (publishing) {
                publisher.publish(fresh, cause);
            }
            return publishing;
        } catch (ProblemException | UnknownFirmException e) {
            // Not loaded yet, or the firm is gone: its list is ranked when it is next asked for.
            LOG.debugf("Not refreshing %s now: %s", firmId, e.getMessage());
        } catch (RuntimeException e) {
            // One firm's failure must not stop the others' updates; its list is ranked when next asked for.
            LOG.warnf(e, "Refreshing the suggestions of firm %s failed", firmId);
        }
        return false;
    }
}
