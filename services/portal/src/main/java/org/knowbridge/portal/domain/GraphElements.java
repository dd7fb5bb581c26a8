package org.knowbridge.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the graph view draws, in cytoscape.js's element format: one node per organisation of the connection (or the
 * two ends alone when there is none), one edge per step.
 */
public record GraphElements(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges) {

    /** A cytoscape element: its data. */
    public record Element<T>(T data) {}

    /** A node: the organisation, its type (the colour), country (in the label), role and the page to open. */
    public record NodeData(String id, String label, String type, String country, String role, String href) {}

    /** An edge: one step of the chain, labelled by what linked the two. */
    public record EdgeData(String id, String source, String target, String label) {}

    public static GraphElements of(Connection connection, Organisation firm, Organisation partner) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        organisations.put(firm.key(), firm);
        connection.organisations().forEach(o -> organisations.putIfAbsent(o.key(), o));
        organisations.putIfAbsent(partner.key(), partner);
        List<Element<NodeData>> nodes = new ArrayList<>();
        organisations.values().forEach(o -> nodes.add(new Element<>(node(o, role(o, firm, partner)))));
        List<Element<EdgeData>> edges = new ArrayList<>();
        for (int i = 0; i < connection.steps().size(); i++) {
            Connection.Step step = connection.steps().get(i);
            edges.add(new Element<>(new EdgeData("step-" + i, step.from(), step.to(), stepLabel(step))));
        }
        return new GraphElements(nodes, edges);
    }

    private static NodeData node(Organisation o, String role) {
        String country = o.country() == null ? "" : " (" + o.country() + ")";
        return new NodeData(o.key(), o.name() + country, o.type(), o.country(), role, OrganisationLinks.page(o.key()));
    }

    private static String role(Organisation o, Organisation firm, Organisation partner) {
        if (o.key().equals(firm.key())) {
            return "firm";
        }
        return o.key().equals(partner.key()) ? "partner" : "between";
    }

    static String stepLabel(Connection.Step step) {
        String what = step.viaName() != null ? step.viaName() : Words.of(step.channel());
        return step.year() == null ? what : what + " " + step.year();
    }
}
