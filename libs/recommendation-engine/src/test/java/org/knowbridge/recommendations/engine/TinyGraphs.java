package org.knowbridge.recommendations.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/** Small hand-made graphs for tests. */
public final class TinyGraphs {

    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Collaboration> collaborations = new ArrayList<>();

    public static TinyGraphs builder() {
        return new TinyGraphs();
    }

    public TinyGraphs org(String id, String country, OrganisationType type, boolean sme) {
        organisations.add(new Organisation(id, "Org " + id, country, type, sme, Set.of()));
        return this;
    }

    public TinyGraphs org(Organisation organisation) {
        organisations.add(organisation);
        return this;
    }

    public TinyGraphs firm(String id, String country) {
        return org(id, country, OrganisationType.COMPANY, true);
    }

    public TinyGraphs project(String id, int year, String... members) {
        return project(id, year, Set.of(), "", members);
    }

    public TinyGraphs project(String id, int year, Set<String> areas, String call, String... members) {
        collaborations.add(new Collaboration(
                id,
                year,
                KnowledgeChannel.PROJECT_EXCHANGE,
                Outcome.UNKNOWN,
                Arrays.stream(members).map(Participant::of).toList(),
                areas,
                call,
                0));
        return this;
    }

    public TinyGraphs collaboration(Collaboration c) {
        collaborations.add(c);
        return this;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<Collaboration> collaborations() {
        return collaborations;
    }

    public GraphSnapshot snapshot() {
        return GraphSnapshot.of(organisations, collaborations);
    }

    /**
     * A-B, A-C, B-D, C-D, D-E, one project each in 2021: D is two hops from A through B and C.
     * Countries: A FI, B DE, C SE, D FR, E FR.
     */
    public static GraphSnapshot diamond() {
        return builder()
                .firm("A", "FI")
                .org("B", "DE", OrganisationType.UNIVERSITY, false)
                .org("C", "SE", OrganisationType.COMPANY, true)
                .org("D", "FR", OrganisationType.RESEARCH_ORGANISATION, false)
                .org("E", "FR", OrganisationType.COMPANY, false)
                .project("p1", 2021, "A", "B")
                .project("p2", 2021, "A", "C")
                .project("p3", 2021, "B", "D")
                .project("p4", 2021, "C", "D")
                .project("p5", 2021, "D", "E")
                .snapshot();
    }
}
