package org.knowbridge.recommendations.domain;

import java.util.List;
import java.util.Map;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;

/**
 * The whole collaboration graph as partner-graph exported it: joint projects and bilateral collaborations alike.
 *
 * @param projectTitles the short titles (acronyms) of the projects that have one, by project key: only a
 *                      partner's detail shows them, so they are kept beside the graph, not in it
 */
public record GraphExport(
        List<Organisation> organisations, List<Collaboration> collaborations, Map<String, String> projectTitles) {

    public GraphExport {
        organisations = List.copyOf(organisations);
        collaborations = List.copyOf(collaborations);
        projectTitles = Map.copyOf(projectTitles);
    }

    public GraphExport(List<Organisation> organisations, List<Collaboration> collaborations) {
        this(organisations, collaborations, Map.of());
    }
}
