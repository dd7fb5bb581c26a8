package org.knowbridge.recommendations.engine.dataset;

import java.util.List;
import org.knowbridge.recommendations.engine.graph.CollaborationGraph;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;

/** Organisations and the collaborations of one year window, as read from files. */
public record Dataset(List<Organisation> organisations, List<Collaboration> collaborations) {

    public Dataset {
        organisations = List.copyOf(organisations);
        collaborations = List.copyOf(collaborations);
    }

    public CollaborationGraph toGraph() {
        return CollaborationGraph.of(organisations, collaborations);
    }

    public GraphSnapshot toSnapshot() {
        return GraphSnapshot.of(organisations, collaborations);
    }
}
