package org.knowbridge.recommendations.engine.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.graph.Hubs;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Fields;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * What the relevance figures need from the train graph, computed as the reference evaluator does: the hubs
 * (1 % most connected by distinct partners, ties by id), which organisations are companies, and the fields
 * (knowledge areas cut to three levels) of every organisation's train projects that have areas.
 */
public final class RelevanceContext {

    private final EvaluationSplit split;
    private final boolean[] hub;
    private final boolean[] company;
    private final Map<Integer, List<Set<String>>> projectFields;
    private final Map<Integer, Set<String>> ownFields;

    private RelevanceContext(
            EvaluationSplit split,
            boolean[] hub,
            boolean[] company,
            Map<Integer, List<Set<String>>> projectFields,
            Map<Integer, Set<String>> ownFields) {
        this.split = split;
        this.hub = hub;
        this.company = company;
        this.projectFields = projectFields;
        this.ownFields = ownFields;
    }

    /**
     * @param companyIds organisations of type COMPANY in the data set (the graph's kinds do not tell a company
     *                   from an organisation of type OTHER)
     */
    public static RelevanceContext of(EvaluationSplit split, Set<String> companyIds) {
        GraphSnapshot g = split.train();
        boolean[] company = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            company[i] = companyIds.contains(g.id(i));
        }
        Map<Integer, List<Set<String>>> projectFields = new HashMap<>();
        Map<Integer, Set<String>> ownFields = new HashMap<>();
        for (Collaboration c : g.collaborations()) {
            Set<String> fields = Fields.of(c.knowledgeAreas());
            if (fields.isEmpty()) {
                continue;
            }
            c.participants().stream()
                    .map(Participant::organisationId)
                    .distinct()
                    .mapToInt(g::index)
                    .filter(i -> i >= 0 && split.inGraph(i))
                    .forEach(i -> {
                        projectFields.computeIfAbsent(i, k -> new ArrayList<>()).add(fields);
                        ownFields.computeIfAbsent(i, k -> new HashSet<>()).addAll(fields);
                    });
        }
        return new RelevanceContext(split, Hubs.of(g), company, projectFields, ownFields);
    }

    public boolean isHub(int node) {
        return hub[node];
    }

    /**
     * @param tops per evaluated firm, its valid suggestions among the first 10, best first
     */
    Relevance figures(Map<Integer, List<Integer>> tops) {
        Map<Integer, Integer> listsHolding = new HashMap<>();
        int lists = 0;
        int slots = 0;
        int hubSlots = 0;
        int companySlots = 0;
        double fitSum = 0;
        int fits = 0;
        double tailSum = 0;
        int tailFirms = 0;
        for (Map.Entry<Integer, List<Integer>> e : tops.entrySet()) {
            List<Integer> top = e.getValue();
            if (!top.isEmpty()) {
                lists++;
                new HashSet<>(top).forEach(j -> listsHolding.merge(j, 1, Integer::sum));
            }
            for (int j : top) {
                slots++;
                hubSlots += hub[j] ? 1 : 0;
                companySlots += company[j] ? 1 : 0;
            }
            Set<String> firmFields = ownFields.get(e.getKey());
            if (firmFields != null) {
                for (int j : top) {
                    List<Set<String>> projects = projectFields.get(j);
                    if (projects != null) {
                        long sharing = projects.stream()
                                .filter(p -> p.stream().anyMatch(firmFields::contains))
                                .count();
                        fitSum += (double) sharing / projects.size();
                        fits++;
                    }
                }
            }
            Set<Integer> tail = new HashSet<>(split.truth().get(e.getKey()));
            tail.removeIf(j -> hub[j]);
            if (!tail.isEmpty()) {
                tailSum += (double) top.stream().filter(tail::contains).count() / tail.size();
                tailFirms++;
            }
        }
        double pairs = lists * (lists - 1) / 2.0;
        double sharedPairs = 0;
        for (int c : listsHolding.values()) {
            sharedPairs += c * (c - 1) / 2.0;
        }
        double overlap = pairs > 0 ? sharedPairs / pairs / 10 : 0;
        int denominator = Math.max(1, slots);
        return new Relevance(
                tailFirms > 0 ? tailSum / tailFirms : 0,
                1 - overlap,
                (double) hubSlots / denominator,
                (double) companySlots / denominator,
                fits > 0 ? fitSum / fits : Double.NaN);
    }
}
