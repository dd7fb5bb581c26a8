package org.knowbridge.recommendations.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.knowbridge.recommendations.client.PartnerGraphExport;
import org.knowbridge.recommendations.domain.GraphExport;
import org.knowbridge.recommendations.repository.RankingCache;

/**
 * Builds the projection from partner-graph's bulk export at start-up (retrying until partner-graph answers),
 * and again on request, then follows the graph's events from where the export was taken. The topic's end is
 * noted before the export is read, so no event falls between the two: one already in the export is applied
 * again, which changes nothing.
 */
@ApplicationScoped
public class ProjectionLoader {

    private static final Logger LOG = Logger.getLogger(ProjectionLoader.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    /** What the last load did, for operators. */
    public record LoadReport(
            OffsetDateTime finishedAt,
            int organisations,
            int collaborations,
            long readMillis,
            long projectMillis,
            long learnMillis) {}

    private final PartnerGraphExport export;
    private final Projection projection;
    private final GraphEventSource events;
    private final RankingCache cache;
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile boolean running = true;
    private volatile LoadReport lastLoad;

    public ProjectionLoader(
            PartnerGraphExport export, Projection projection, GraphEventSource events, RankingCache cache) {
        this.export = export;
        this.projection = projection;
        this.events = events;
        this.cache = cache;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
    }

    /** Starts loading in the background; false when a load is already under way. */
    public boolean reload() {
        if (!loading.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofPlatform().daemon().name("projection-load").start(() -> {
            try {
                loadUntilDone();
            } finally {
                loading.set(false);
            }
        });
        return true;
    }

    public boolean loading() {
        return loading.get();
    }

    public LoadReport lastLoad() {
        return lastLoad;
    }

    private void loadUntilDone() {
        while (running) {
            try {
                loadOnce();
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf(
                        "Loading the collaboration graph from %s failed (%s); retrying in %ss",
                        export.url(), e.getMessage(), RETRY.toSeconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void loadOnce() throws IOException, InterruptedException {
        Map<TopicPartition, Long> resumeAt = events.endOffsets();
        long start = System.nanoTime();
        GraphExport graph = export.read();
        long read = System.nanoTime();
        events.stop();
        Projection.LoadTimings timings = projection.load(graph);
        cache.clear();
        events.followFrom(resumeAt);
        lastLoad = new LoadReport(
                OffsetDateTime.now(ZoneOffset.UTC),
                graph.organisations().size(),
                graph.collaborations().size(),
                (read - start) / 1_000_000,
                timings.projectMillis(),
                timings.learnMillis());
        LOG.infof(
                "Collaboration graph loaded: %d organisations, %d collaborations; read in %d ms, projected in %d ms, ranker learned in %d ms",
                lastLoad.organisations(),
                lastLoad.collaborations(),
                lastLoad.readMillis(),
                lastLoad.projectMillis(),
                lastLoad.learnMillis());
    }
}
