package org.knowbridge.recommendations.engine.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * What a {@link CollaborationGraph} changed since its last snapshot, so that the next snapshot can keep what
 * did not change: the organisations' numbering when the set of organisations is the same, and the partner rows
 * of every organisation none of whose collaborations changed. Changes that may add, drop or alter an
 * organisation leave nothing to keep.
 */
final class ChangesSinceSnapshot {

    private boolean organisationsChanged;
    private final Set<String> touched = new HashSet<>();
    private final Set<String> collaborations = new HashSet<>();

    /** A collaboration recorded, or one replaced by a corrected version ({@code previous}, or null). */
    void recorded(Collaboration collaboration, Collaboration previous) {
        if (previous != null && !participantIds(previous).equals(participantIds(collaboration))) {
            // one that is left out may have been known only through this collaboration
            organisationsChanged = true;
        }
        changed(collaboration);
        if (previous != null) {
            changed(previous);
        }
    }

    /** The collaboration was replaced by a version with another end year: its members' rows carry it. */
    void ended(Collaboration collaboration) {
        changed(collaboration);
    }

    private void changed(Collaboration collaboration) {
        collaborations.add(collaboration.id());
        for (Participant p : collaboration.participants()) {
            touched.add(p.organisationId());
        }
    }

    /** An organisation was added, altered, erased, or may have lost its last collaboration. */
    void organisationsChanged() {
        organisationsChanged = true;
    }

    /** Whether the next snapshot can start from {@code previous}: its numbering covers every touched one. */
    boolean canPatch(GraphSnapshot previous) {
        return previous != null && !organisationsChanged && touched.stream().allMatch(previous.indexById::containsKey);
    }

    /** The nodes of {@code previous} whose partner rows must be rebuilt, ascending. */
    int[] touchedNodes(GraphSnapshot previous) {
        return touched.stream().mapToInt(previous::index).sorted().toArray();
    }

    /** The current version of every collaboration added or replaced, looked up in the graph's own map. */
    List<Collaboration> changedCollaborations(Map<String, Collaboration> current) {
        return collaborations.stream().map(current::get).toList();
    }

    void clear() {
        organisationsChanged = false;
        touched.clear();
        collaborations.clear();
    }

    private static Set<String> participantIds(Collaboration c) {
        List<Participant> participants = c.participants();
        return participants.stream().map(Participant::organisationId).collect(Collectors.toSet());
    }
}
