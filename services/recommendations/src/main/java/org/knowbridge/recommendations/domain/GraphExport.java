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
 * @param firmLinks     the platform firm each register node is, by node key, for the nodes a verified link made
 *                      a firm (a firm's own node, keyed by its id, is not listed)
 */
public record GraphExport(
        List<Organisation> organisations,
        List<Collaboration> collaborations,
        Map<String, String> projectTitles,
        Map<String, String> firmLinks) {

    public GraphExport {
        organisations = List.copyOf(organisations);
        collaborations = List.copyOf(collaborations);
        projectTitles = Map.copyOf(projectTitles);
        firmLinks = Map.copyOf(firmLinks);
    }

    public GraphExport(
            List<Organisation> organisations, List<Collaboration> collaborations, Map<String, String> projectTitles) {
        this(organisations, collaborations, projectTitles, Map.of());
    }

    public GraphExport(List<Organisation> organisations, List<Collaboration> collaborations) {
        this(organisations, collaborations, Map.of());
    }
}
