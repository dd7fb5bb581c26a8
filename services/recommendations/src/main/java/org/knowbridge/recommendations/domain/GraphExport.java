package org.knowbridge.recommendations.domain;

import java.util.List;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;

/** The whole collaboration graph as partner-graph exported it: joint projects and bilateral collaborations alike. */
public record GraphExport(List<Organisation> organisations, List<Collaboration> collaborations) {

    public GraphExport {
        organisations = List.copyOf(organisations);
        collaborations = List.copyOf(collaborations);
    }
}
