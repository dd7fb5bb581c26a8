package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.recommendations.domain.GraphChange;
import org.knowbridge.recommendations.domain.GraphExport;
import org.knowbridge.recommendations.engine.graph.CollaborationGraph;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.RankerTrainer;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;

/**
 * This service's copy of the collaboration graph and the ranker over it. Loaded whole from partner-graph's
 * export (which also trains the ranker), then changed one event batch at a time; requests always rank on one
 * immutable snapshot, so a change never shows half-applied.
 *
 * <p>The graph version the API reports ({@link Ranked#graphVersion()}) only ever grows, across reloads and
 * restarts: a load starts at the microseconds since the epoch when it finished (but always above the
 * version before it), and each change applied since adds one. Changes never come a microsecond apart on
 * average, so a later load, in this process or after a restart, starts above everything reported before it.
 */
@ApplicationScoped
public class Projection {

    /**
     * How long the graph's topic must have been quiet before changes that alter no ranking get their snapshot:
     * longer than the pauses between an import's batches (about 1-2 s right after a start), so that an import's
     * new organisations do not cost a snapshot per batch.
     */
    static final Duration QUIET_BEFORE_SNAPSHOT = Duration.ofSeconds(3);

    /** The longest such a change waits for its snapshot while batches that change no ranking keep coming. */
    static final Duration MAX_SNAPSHOT_DELAY = Duration.ofSeconds(10);

    private final long seed;
    private final Clock clock;
    private CollaborationGraph graph = new CollaborationGraph();
    private volatile Ranked current;
    private volatile Map<String, String> projectTitles = Map.of();
    // Which platform firm a register node is, once a verified link made it so (node key -> firm id), and back.
    private final Map<String, String> firmAtNode = new ConcurrentHashMap<>();
    private final Map<String, String> nodeOfFirm = new ConcurrentHashMap<>();
    /** When the first change not yet in a snapshot was applied; null when the snapshot has them all. */
    private Instant waitingSince;
    /** When the last change not yet in a snapshot was applied. */
    private Instant lastWaiting;

    @Inject
    public Projection(@ConfigProperty(name = "knowbridge.recommendations.seed", defaultValue = "7") long seed) {
        this(seed, Clock.systemUTC());
    }

    Projection(long seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    /**
     * The ranker on the current snapshot and that snapshot's version as the API reports it, from one load.
     *
     * @param versionAtLoad the engine's own count of changes when the load finished; it restarts at every load
     */
    public record Ranked(PartnerRanker ranker, long loadVersion, long versionAtLoad) {

        /** Higher is newer, across reloads and restarts. */
        public long graphVersion() {
            return loadVersion + ranker.graph().version() - versionAtLoad;
        }

        Ranked on(PartnerRanker moved) {
            return new Ranked(moved, loadVersion, versionAtLoad);
        }
    }

    /** Empty until the first load finished. */
    public Optional<Ranked> ranked() {
        return Optional.ofNullable(current);
    }

    /** Empty until the first load finished. */
    public Optional<PartnerRanker> ranker() {
        return ranked().map(Ranked::ranker);
    }

    /** The project's short title (its acronym) as the last load exported it; empty for other collaborations. */
    public Optional<String> projectTitle(String collaborationKey) {
        return Optional.ofNullable(projectTitles.get(collaborationKey));
    }

    /** The register node a verified link made the firm, if any: the node its collaborations are on. */
    public Optional<String> linkedNode(String firmId) {
        return Optional.ofNullable(nodeOfFirm.get(firmId));
    }

    /** The platform firm a register node is through a verified link, if any. */
    public Optional<String> firmLinkedAt(String nodeKey) {
        return Optional.ofNullable(firmAtNode.get(nodeKey));
    }

    private void link(String nodeKey, String firmId) {
        firmAtNode.put(nodeKey, firmId);
        nodeOfFirm.put(firmId, nodeKey);
    }

    private void unlink(String nodeKey) {
        String firmId = firmAtNode.remove(nodeKey);
        if (firmId != null) {
            nodeOfFirm.remove(firmId, nodeKey);
        }
    }

    /** How long a load took: building the graph and its snapshot, then learning the ranker on it. */
    public record LoadTimings(long projectMillis, long learnMillis) {}

    /** Replaces the whole graph and learns the ranker anew from it. */
    public synchronized LoadTimings load(GraphExport export) {
        long start = System.nanoTime();
        CollaborationGraph fresh = CollaborationGraph.of(export.organisations(), export.collaborations());
        GraphSnapshot snapshot = fresh.snapshot();
        long projected = System.nanoTime();
        PartnerRanker trained = new RankerTrainer(seed).rankerOn(snapshot);
        long learned = System.nanoTime();
        graph = fresh;
        waitingSince = null;
        current = new Ranked(trained, nextLoadVersion(), snapshot.version());
        projectTitles = export.projectTitles();
        firmAtNode.clear();
        nodeOfFirm.clear();
        export.firmLinks().forEach(this::link);
        return new LoadTimings((projected - start) / 1_000_000, (learned - projected) / 1_000_000);
    }

    /** Now in microseconds since the epoch, but above every version reported so far. */
    private long nextLoadVersion() {
        Instant now = clock.instant();
        long micros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000L);
        return current == null ? micros : Math.max(micros, current.graphVersion() + 1);
    }

    /**
     * The organisations whose suggestions a batch of changes can change: the parties themselves, and their
     * partners before and after it (a party's new partner changes their common-partner counts and walks); and
     * whether an organisation was erased, which any firm's list may have named.
     */
    public record Impact(Set<String> parties, Set<String> partners, boolean erased) {
        static final Impact NONE = new Impact(Set.of(), Set.of(), false);

        public Impact(Set<String> parties, Set<String> partners) {
            this(parties, partners, false);
        }
    }

    /**
     * Applies a batch of changes and moves the ranker to the new snapshot (same learned model). A batch that can
     * change no ranking (only new or unchanged organisations) leaves the snapshot as it is: see {@link #catchUp}.
     */
    public synchronized Impact apply(List<GraphChange> changes) {
        Ranked before = current;
        if (before == null || changes.isEmpty()) {
            return Impact.NONE;
        }
        List<GraphChange> ranking =
                changes.stream().filter(this::canChangeRankings).toList();
        Set<String> parties = new HashSet<>();
        ranking.forEach(change -> parties.addAll(change.organisationKeys()));
        Set<String> partners = new HashSet<>();
        addPartners(before.ranker().graph(), parties, partners);
        changes.forEach(this::applyOne);
        if (ranking.isEmpty() && !waitedLongEnough()) {
            return Impact.NONE;
        }
        GraphSnapshot after = moveToNewSnapshot();
        addPartners(after, parties, partners);
        partners.removeAll(parties);
        boolean erased =
                changes.stream().anyMatch(c -> c instanceof GraphChange.OrganisationErased e && e.mergedInto() == null);
        return new Impact(Set.copyOf(parties), Set.copyOf(partners), erased);
    }

    /**
     * Takes the changes applied since the last snapshot into a new one once the topic has been quiet for {@link
     * #QUIET_BEFORE_SNAPSHOT} (the reader calls this after each poll that found nothing). A new organisation has no
     * partners yet, so no ranking reads it: a batch of only such changes is not worth a snapshot of its own (one
     * costs a full build when organisations are added, about 0.25 s on the CORDIS graph, and an import sends
     * hundreds of such batches). They wait for the next batch that can change a ranking, for a quiet topic, or for
     * {@link #MAX_SNAPSHOT_DELAY}.
     */
    public synchronized void catchUp() {
        if (waitingSince != null && current != null) {
            Instant now = clock.instant();
            if (!now.isBefore(lastWaiting.plus(QUIET_BEFORE_SNAPSHOT)) || snapshotOverdue(now)) {
                moveToNewSnapshot();
            }
        }
    }

    /** Notes a change that waits for its snapshot; true when the first of those has waited long enough. */
    private boolean waitedLongEnough() {
        Instant now = clock.instant();
        if (waitingSince == null) {
            waitingSince = now;
        }
        lastWaiting = now;
        return snapshotOverdue(now);
    }

    private boolean snapshotOverdue(Instant now) {
        return !now.isBefore(waitingSince.plus(MAX_SNAPSHOT_DELAY));
    }

    private GraphSnapshot moveToNewSnapshot() {
        waitingSince = null;
        GraphSnapshot after = graph.snapshot();
        current = current.on(current.ranker().on(after));
        return after;
    }

    /** Returns once no change is being applied (changes are applied under this object's lock). */
    public synchronized void awaitIdle() {
        // Entering the monitor is the wait.
    }

    /**
     * Every collaboration change can; an organisation's only when it was known and something ranking or its
     * filters read changed (name, country, type, SME flag, sector) (a new organisation has no partners yet, and a re-import repeats what is known).
     */
    private boolean canChangeRankings(GraphChange change) {
        if (change instanceof GraphChange.OrganisationUpserted upserted) {
            return graph.organisation(upserted.organisation().id())
                    .map(known -> !known.equals(withKnownAreas(upserted.organisation())))
                    .orElse(false);
        }
        return true;
    }

    private void applyOne(GraphChange change) {
        switch (change) {
            case GraphChange.OrganisationUpserted upserted ->
                graph.upsertOrganisation(withKnownAreas(upserted.organisation()));
            case GraphChange.CollaborationRecorded recorded -> graph.recordCollaboration(recorded.collaboration());
            case GraphChange.CollaborationEnded ended -> end(ended);
            case GraphChange.OrganisationErased erased -> erase(erased);
        }
    }

    /**
     * An erased node goes with its part in every collaboration and project; a node merged into a register node
     * (a verified link) hands its collaborations over first, and the register node is the firm from then on.
     */
    private void erase(GraphChange.OrganisationErased erased) {
        if (erased.mergedInto() != null) {
            for (Collaboration c : graph.collaborationsOf(erased.key())) {
                graph.recordCollaboration(new Collaboration(
                        c.id(),
                        c.year(),
                        c.channel(),
                        c.outcome(),
                        c.participants().stream()
                                .map(p -> p.organisationId().equals(erased.key())
                                        ? new Participant(erased.mergedInto(), p.role())
                                        : p)
                                .toList(),
                        c.knowledgeAreas(),
                        c.programme(),
                        c.endYear()));
            }
            if (erased.firmId() != null) {
                link(erased.mergedInto(), erased.firmId());
            }
        }
        graph.eraseOrganisation(erased.key());
        unlink(erased.key());
    }

    /** The event does not carry declared knowledge areas: keep those the export gave. */
    private Organisation withKnownAreas(Organisation incoming) {
        if (!incoming.knowledgeAreas().isEmpty()) {
            return incoming;
        }
        return graph.organisation(incoming.id())
                .map(known -> incoming.withKnowledgeAreas(known.knowledgeAreas()))
                .orElse(incoming);
    }

    /** The end year and the outcome known at the end replace what was recorded. */
    private void end(GraphChange.CollaborationEnded ended) {
        ended.organisationKeys().stream()
                .findFirst()
                .flatMap(party -> graph.collaborationsOf(party).stream()
                        .filter(c -> c.id().equals(ended.key()))
                        .findFirst())
                .ifPresent(c -> graph.recordCollaboration(new Collaboration(
                        c.id(),
                        c.year(),
                        c.channel(),
                        ended.outcome(),
                        c.participants(),
                        c.knowledgeAreas(),
                        c.programme(),
                        ended.endYear())));
    }

    private static void addPartners(GraphSnapshot snapshot, Set<String> organisations, Set<String> into) {
        for (String key : organisations) {
            snapshot.indexOf(key).ifPresent(node -> {
                for (int edge = snapshot.firstEdge(node); edge < snapshot.endEdge(node); edge++) {
                    into.add(snapshot.id(snapshot.neighbour(edge)));
                }
            });
        }
    }
}
