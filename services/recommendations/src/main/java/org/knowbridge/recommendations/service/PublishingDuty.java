package org.knowbridge.recommendations.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.KeyOwnership;
import org.knowbridge.recommendations.domain.RefreshCause;

/**
 * Which firms' {@code RecommendationsUpdated} this replica publishes. Every replica keeps the whole projection and
 * answers for every firm, but each firm's update is published by one: the replica that Kafka's consumer group
 * {@code knowbridge.recommendations.publishers-group} assigned the partition of {@link Topic#FIRMS} holding the
 * firm's own events (keyed by firm id). A replica joins the group only once it is ready (graph loaded, topics
 * replayed), so a starting replica takes no firm before it can rank it.
 *
 * <p>When the partitions move (a replica starts, stops, or dies and its session times out), a change applied in
 * between by a replica that did not own the firm then is remembered for {@code handover-window}, and published by
 * the replica that gains the firm's partition: at least once across a rebalance (the old owner may have published
 * it too), once otherwise.
 */
@ApplicationScoped
public class PublishingDuty {

    private static final Logger LOG = Logger.getLogger(PublishingDuty.class);
    private static final Duration READY_CHECK = Duration.ofMillis(500);

    private final KeyOwnership ownership;
    private final Projection projection;
    private final Instance<TopicReplay> replays;
    private final Event<PublishingHandover> handovers;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();
    /** Firms changed while not owned here, oldest first, with the cause and when. Guarded by this. */
    private final Map<String, Missed> missed = new LinkedHashMap<>();

    private volatile boolean running = true;

    private record Missed(RefreshCause cause, Instant at) {}

    public PublishingDuty(
            KafkaClients kafka,
            Projection projection,
            Instance<TopicReplay> replays,
            Event<PublishingHandover> handovers,
            @ConfigProperty(name = "knowbridge.recommendations.publishers-group") String group,
            @ConfigProperty(name = "knowbridge.recommendations.handover-window") Duration window) {
        this.ownership = kafka.ownership(Topic.FIRMS, group, this::gained);
        this.projection = projection;
        this.replays = replays;
        this.handovers = handovers;
        this.window = window;
    }

    void onStart(@Observes StartupEvent event) {
        Thread.ofPlatform().daemon().name("publishing-duty").start(this::joinOnceReady);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        // Leaving the group hands this replica's firms to the others at once.
        ownership.stop();
    }

    private void joinOnceReady() {
        while (running && !ready()) {
            try {
                Thread.sleep(READY_CHECK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (running) {
            LOG.infof("Ready: joining %s to publish the suggestions of the firms it is assigned", ownership.group());
            ownership.start();
        }
    }

    private boolean ready() {
        return projection.ranker().isPresent() && replays.stream().allMatch(TopicReplay::caughtUp);
    }

    /**
     * Whether this replica publishes the firm's update now. When not, the change is remembered for a handover of
     * the firm's partition.
     */
    public boolean publishes(String firmId, RefreshCause cause) {
        if (ownership.owns(firmId)) {
            return true;
        }
        synchronized (this) {
            forgetOld();
            missed.remove(firmId);
            missed.put(firmId, new Missed(cause, clock.instant()));
        }
        return false;
    }

    /** The partitions of the firms topic this replica publishes for now. */
    public Set<Integer> partitions() {
        return ownership.owned();
    }

    private void gained(Set<Integer> partitions) {
        Map<String, RefreshCause> handedOver = new LinkedHashMap<>();
        synchronized (this) {
            forgetOld();
            Iterator<Map.Entry<String, Missed>> it = missed.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Missed> entry = it.next();
                if (partitions.contains(ownership.partitionOf(entry.getKey()))) {
                    handedOver.put(entry.getKey(), entry.getValue().cause());
                    it.remove();
                }
            }
        }
        if (!handedOver.isEmpty()) {
            LOG.infof(
                    "Publishing the suggestions of %d firms changed while partitions %s moved",
                    handedOver.size(), partitions);
            handovers.fire(new PublishingHandover(handedOver));
        }
    }

    private void forgetOld() {
        Instant oldest = clock.instant().minus(window);
        Iterator<Missed> it = missed.values().iterator();
        while (it.hasNext() && it.next().at().isBefore(oldest)) {
            it.remove();
        }
    }
}
