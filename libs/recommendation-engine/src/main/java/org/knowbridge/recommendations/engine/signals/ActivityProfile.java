package org.knowbridge.recommendations.engine.signals;

import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;

/**
 * How strong and how current each organisation is as a partner: its reach (partners, countries), how open it
 * is to foreign partners and to SMEs, how recently it was active and how often its collaborations brought
 * innovations. Computed once per graph snapshot.
 */
public final class ActivityProfile {

    private final int[] partnerCountries;
    private final double[] foreignPartnerShare;
    private final double[] smePartnerShare;
    private final int[] collaborationsLastYear;
    private final int[] innovationCollaborations;
    private final int[] knownOutcomeCollaborations;
    private final int currentYear;
    private final GraphSnapshot graph;

    public ActivityProfile(GraphSnapshot graph) {
        this.graph = graph;
        int n = graph.size();
        partnerCountries = new int[n];
        foreignPartnerShare = new double[n];
        smePartnerShare = new double[n];
        collaborationsLastYear = new int[n];
        innovationCollaborations = new int[n];
        knownOutcomeCollaborations = new int[n];
        currentYear = graph.maxYear();
        boolean[] seen = new boolean[graph.countryCount()];
        for (int i = 0; i < n; i++) {
            measure(i, seen);
        }
    }

    /**
     * The profile of a graph made from {@code before}'s by changing only the {@code changed} nodes: theirs are
     * measured anew, the others kept, unless the latest year moved (every node's recent activity then changes).
     */
    public static ActivityProfile after(ActivityProfile before, GraphSnapshot graph, int[] changed) {
        return graph.maxYear() == before.currentYear
                ? new ActivityProfile(before, graph, changed)
                : new ActivityProfile(graph);
    }

    private ActivityProfile(ActivityProfile before, GraphSnapshot graph, int[] changed) {
        this.graph = graph;
        partnerCountries = before.partnerCountries.clone();
        foreignPartnerShare = before.foreignPartnerShare.clone();
        smePartnerShare = before.smePartnerShare.clone();
        collaborationsLastYear = before.collaborationsLastYear.clone();
        innovationCollaborations = before.innovationCollaborations.clone();
        knownOutcomeCollaborations = before.knownOutcomeCollaborations.clone();
        currentYear = before.currentYear;
        boolean[] seen = new boolean[graph.countryCount()];
        for (int i : changed) {
            measure(i, seen);
        }
    }

    /** Measures node {@code i} from its partners and collaborations; {@code seen} is scratch, left all false. */
    private void measure(int i, boolean[] seen) {
        int foreign = 0;
        int smes = 0;
        int countries = 0;
        for (int e = graph.firstEdge(i); e < graph.endEdge(i); e++) {
            int j = graph.neighbour(e);
            int c = graph.countryOf(j);
            if (!seen[c]) {
                seen[c] = true;
                countries++;
            }
            foreign += c != graph.countryOf(i) ? 1 : 0;
            smes += graph.organisation(j).sme() ? 1 : 0;
        }
        for (int e = graph.firstEdge(i); e < graph.endEdge(i); e++) {
            seen[graph.countryOf(graph.neighbour(e))] = false;
        }
        int degree = graph.degree(i);
        partnerCountries[i] = countries;
        foreignPartnerShare[i] = degree == 0 ? 0 : (double) foreign / degree;
        smePartnerShare[i] = degree == 0 ? 0 : (double) smes / degree;
        collaborationsLastYear[i] = 0;
        innovationCollaborations[i] = 0;
        knownOutcomeCollaborations[i] = 0;
        for (int k = graph.firstCollaboration(i); k < graph.endCollaboration(i); k++) {
            Collaboration collab = graph.collaborations().get(graph.collaborationAt(k));
            if (collab.lastActiveYear() >= currentYear) {
                collaborationsLastYear[i]++;
            }
            if (collab.outcome() != Outcome.UNKNOWN) {
                knownOutcomeCollaborations[i]++;
                innovationCollaborations[i] += collab.outcome().isInnovation() ? 1 : 0;
            }
        }
    }

    /** Number of distinct countries among its partners. */
    public int partnerCountries(int node) {
        return partnerCountries[node];
    }

    public double foreignPartnerShare(int node) {
        return foreignPartnerShare[node];
    }

    /** Share of its partners that are SMEs: how used it is to working with small firms. */
    public double smePartnerShare(int node) {
        return smePartnerShare[node];
    }

    /** Collaborations active in the graph's latest year. */
    public int collaborationsLastYear(int node) {
        return collaborationsLastYear[node];
    }

    /** Years since its last collaboration (0 = active in the graph's latest year). */
    public int yearsSinceActive(int node) {
        return graph.lastYear(node) == 0 ? 99 : currentYear - graph.lastYear(node);
    }

    /** Collaborations with a known outcome that brought a product or process innovation. */
    public int innovationCollaborations(int node) {
        return innovationCollaborations[node];
    }

    /** Share of its collaborations with a known outcome that brought an innovation (0 when none is known). */
    public double innovationRate(int node) {
        return knownOutcomeCollaborations[node] == 0
                ? 0
                : (double) innovationCollaborations[node] / knownOutcomeCollaborations[node];
    }
}
