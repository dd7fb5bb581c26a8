package org.knowbridge.recommendations.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.graph.CollaborationGraph;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * Random graph events of every kind (mostly new collaborations, also corrections, endings, retractions,
 * changed and erased organisations), applied both to a {@link CollaborationGraph} and to plain maps, so that a
 * test can compare what the graph made of them with a snapshot built from scratch of the same data.
 */
public final class RandomGraphEvents {

    private static final String[] AREAS = {
        "/natural sciences/chemical sciences/catalysis",
        "/natural sciences/physical sciences/optics",
        "/engineering and technology/materials engineering/coating and films",
        "/medical and health sciences/clinical medicine/oncology"
    };
    private static final String[] CALLS = {"", "HORIZON-CL4-2021-01", "HORIZON-CL5-2022-02", "HORIZON-EIC-2023"};

    private final CollaborationGraph graph = new CollaborationGraph();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, Collaboration> collaborations = new HashMap<>();
    private final Random random;
    private final String[] countries;
    private final int organisationCount;
    private int recorded;

    /** A graph of {@code organisationCount} organisations spread over the countries, no collaboration yet. */
    public RandomGraphEvents(long seed, int organisationCount, String... countries) {
        this.random = new Random(seed);
        this.countries = countries;
        this.organisationCount = organisationCount;
        for (int i = 0; i < organisationCount; i++) {
            Organisation o = organisation("o" + i, random);
            organisations.put(o.id(), o);
            graph.upsertOrganisation(o);
        }
    }

    public CollaborationGraph graph() {
        return graph;
    }

    /** The same organisations and collaborations, built into a snapshot from nothing. */
    public GraphSnapshot fromScratch() {
        return GraphSnapshot.of(organisations.values(), collaborations.values());
    }

    /** Records {@code count} new collaborations among the known organisations. */
    public void collaborate(int count) {
        for (int k = 0; k < count; k++) {
            Collaboration c = collaboration("c" + recorded++, random, false);
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        }
    }

    /** Applies one to three random events. */
    public void applySome() {
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            change();
        }
    }

    /** One event, applied to the graph and to the plain maps a build from scratch reads. */
    private void change() {
        List<Collaboration> existing = new ArrayList<>(collaborations.values());
        existing.sort((a, b) -> a.id().compareTo(b.id()));
        Collaboration any = existing.isEmpty() ? null : existing.get(random.nextInt(existing.size()));
        int kind = random.nextInt(100);
        if (kind < 55 || any == null) {
            // the common event: a new collaboration, now and then with an organisation never seen before
            Collaboration c = collaboration("c" + recorded++, random, kind % 10 == 0);
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        } else if (kind < 65) {
            // a corrected event: same members, other roles, outcome or year
            Collaboration c = new Collaboration(
                    any.id(),
                    2015 + random.nextInt(9),
                    pick(KnowledgeChannel.values(), random),
                    pick(Outcome.values(), random),
                    any.participants().stream()
                            .map(p -> new Participant(p.organisationId(), pick(PartnerKind.values(), random)))
                            .toList(),
                    any.knowledgeAreas(),
                    any.programme(),
                    any.endYear());
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        } else if (kind < 70) {
            // a corrected event with other members
            Collaboration c = collaboration(any.id(), random, false);
            collaborations.put(c.id(), c);
            graph.recordCollaboration(c);
        } else if (kind < 82) {
            int endYear = any.year() + random.nextInt(4);
            graph.endCollaboration(any.id(), endYear);
            if (any.endYear() != endYear) {
                collaborations.put(any.id(), any.endedIn(endYear));
            }
        } else if (kind < 88) {
            collaborations.remove(any.id());
            graph.removeCollaboration(any.id());
        } else if (kind < 94) {
            Organisation o = organisation("o" + random.nextInt(organisationCount + 4), random);
            organisations.put(o.id(), o);
            graph.upsertOrganisation(o);
        } else {
            String erased = any.participants().isEmpty()
                    ? "o" + random.nextInt(organisationCount)
                    : any.participants().get(0).organisationId();
            organisations.remove(erased);
            for (Collaboration c : existing) {
                if (c.participants().stream().anyMatch(p -> p.organisationId().equals(erased))) {
                    collaborations.put(c.id(), c.without(erased));
                }
            }
            graph.eraseOrganisation(erased);
        }
    }

    private Organisation organisation(String id, Random random) {
        return new Organisation(
                id,
                "Org " + id,
                pick(countries, random),
                pick(OrganisationType.values(), random),
                random.nextBoolean(),
                random.nextInt(3) == 0 ? Set.of(pick(AREAS, random)) : Set.of());
    }

    private Collaboration collaboration(String id, Random random, boolean withNewcomer) {
        List<String> known = new ArrayList<>(organisations.keySet());
        known.sort(String::compareTo);
        Set<String> members = new LinkedHashSet<>();
        int size = 2 + random.nextInt(5);
        while (members.size() < size && !known.isEmpty()) {
            members.add(known.get(random.nextInt(known.size())));
        }
        if (withNewcomer) {
            members.add("new" + random.nextInt(20));
        }
        List<Participant> participants = new ArrayList<>();
        for (String m : members) {
            participants.add(new Participant(m, random.nextBoolean() ? null : pick(PartnerKind.values(), random)));
        }
        Set<String> areas = new LinkedHashSet<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            areas.add(pick(AREAS, random));
        }
        int year = 2015 + random.nextInt(9);
        return new Collaboration(
                id,
                year,
                pick(KnowledgeChannel.values(), random),
                pick(Outcome.values(), random),
                participants,
                areas,
                pick(CALLS, random),
                random.nextInt(3) == 0 ? year + 1 : 0);
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
