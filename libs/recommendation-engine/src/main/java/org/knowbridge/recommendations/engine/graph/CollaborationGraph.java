package org.knowbridge.recommendations.engine.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * The recommender's in-memory projection of who worked with whom, changed one event at a time.
 *
 * <p>Writers (the event consumer) take a write lock for the few map updates an event needs. Readers never rank
 * on this mutable state: they ask for an immutable {@link GraphSnapshot}, rebuilt at most once per change
 * and shared by every reader until the next change, so concurrent requests see one consistent graph.
 * Every method is idempotent: applying an event twice leaves the graph as applying it once.
 */
public final class CollaborationGraph {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, Collaboration> collaborations = new HashMap<>();
    private final Map<String, Set<String>> collaborationsByOrganisation = new HashMap<>();
    private long version;
    private final ChangesSinceSnapshot changes = new ChangesSinceSnapshot();

    private final Object snapshotBuild = new Object();
    private volatile GraphSnapshot snapshot;

    /** Adds the organisation or replaces what was known of it. */
    public void upsertOrganisation(Organisation organisation) {
        write(() -> {
            if (!organisation.equals(organisations.put(organisation.id(), organisation))) {
                changes.organisationsChanged();
                version++;
            }
        });
    }

    /** Adds the collaboration, or replaces the one with the same id (a corrected event). */
    public void recordCollaboration(Collaboration collaboration) {
        write(() -> {
            Collaboration previous = collaborations.get(collaboration.id());
            if (collaboration.equals(previous)) {
                return;
            }
            if (previous != null) {
                unlink(previous);
            }
            collaborations.put(collaboration.id(), collaboration);
            for (Participant p : collaboration.participants()) {
                collaborationsByOrganisation
                        .computeIfAbsent(p.organisationId(), k -> new HashSet<>())
                        .add(collaboration.id());
            }
            changes.recorded(collaboration, previous);
            version++;
        });
    }

    /** Marks the collaboration as finished in that year: it stays in the history that recommendations learn from. */
    public void endCollaboration(String collaborationId, int endYear) {
        write(() -> {
            Collaboration c = collaborations.get(collaborationId);
            if (c != null && c.endYear() != endYear) {
                collaborations.put(collaborationId, c.endedIn(endYear));
                changes.ended(c);
                version++;
            }
        });
    }

    /** Forgets the collaboration, as if it had never been recorded (a retraction). */
    public void removeCollaboration(String collaborationId) {
        write(() -> {
            Collaboration c = collaborations.remove(collaborationId);
            if (c != null) {
                unlink(c);
                changes.organisationsChanged();
                version++;
            }
        });
    }

    /**
     * Erases the organisation and every trace of it: its profile and its part in every collaboration
     * (a firm's right to erasure). The other participants' collaborations with each other remain.
     */
    public void eraseOrganisation(String organisationId) {
        write(() -> {
            boolean changed = organisations.remove(organisationId) != null;
            Set<String> ids = collaborationsByOrganisation.remove(organisationId);
            if (ids != null) {
                for (String id : ids) {
                    collaborations.computeIfPresent(id, (k, c) -> c.without(organisationId));
                }
                changed = true;
            }
            if (changed) {
                changes.organisationsChanged();
                version++;
            }
        });
    }

    public Optional<Organisation> organisation(String id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(organisations.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The current graph, immutable; cheap when nothing changed since the last call. */
    public GraphSnapshot snapshot() {
        GraphSnapshot current = snapshot;
        if (current != null && current.version() == currentVersion()) {
            return current;
        }
        synchronized (snapshotBuild) {
            current = snapshot;
            if (current != null && current.version() == currentVersion()) {
                return current;
            }
            lock.readLock().lock();
            try {
                // Writers wait for the read lock: the changes seen are exactly those up to this version.
                current = changes.canPatch(current)
                        ? GraphSnapshot.patch(
                                current,
                                changes.touchedNodes(current),
                                version,
                                changes.changedCollaborations(collaborations))
                        : GraphSnapshot.build(version, organisations.values(), collaborations.values());
                changes.clear();
            } finally {
                lock.readLock().unlock();
            }
            snapshot = current;
            return current;
        }
    }

    /** Builds a graph from whole collections at once (a bulk import or a rebuild from the partner graph). */
    public static CollaborationGraph of(
            Collection<Organisation> organisations, Collection<Collaboration> collaborations) {
        CollaborationGraph graph = new CollaborationGraph();
        graph.write(() -> {
            organisations.forEach(o -> graph.organisations.put(o.id(), o));
            for (Collaboration c : collaborations) {
                graph.collaborations.put(c.id(), c);
                for (Participant p : c.participants()) {
                    graph.collaborationsByOrganisation
                            .computeIfAbsent(p.organisationId(), k -> new HashSet<>())
                            .add(c.id());
                }
            }
            graph.version++;
        });
        return graph;
    }

    public List<Collaboration> collaborationsOf(String organisationId) {
        lock.readLock().lock();
        try {
            return collaborationsByOrganisation.getOrDefault(organisationId, Set.of()).stream()
                    .map(collaborations::get)
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void unlink(Collaboration c) {
        for (Participant p : c.participants()) {
            Set<String> ids = collaborationsByOrganisation.get(p.organisationId());
            if (ids != null) {
                ids.remove(c.id());
                if (ids.isEmpty()) {
                    collaborationsByOrganisation.remove(p.organisationId());
                }
            }
        }
    }

    private long currentVersion() {
        lock.readLock().lock();
        try {
            return version;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
