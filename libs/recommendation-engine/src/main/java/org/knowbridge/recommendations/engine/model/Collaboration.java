package org.knowbridge.recommendations.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;

/**
 * Organisations that worked together in a year: a bilateral deal has two participants, a joint project many.
 * Every pair of participants counts as collaborators.
 *
 * @param programme the funding programme or call it came from, when there is one (empty otherwise)
 * @param endYear   the year it ended, or 0 while it runs
 */
public record Collaboration(
        String id,
        int year,
        KnowledgeChannel channel,
        Outcome outcome,
        List<Participant> participants,
        Set<String> knowledgeAreas,
        String programme,
        int endYear) {

    public Collaboration {
        Objects.requireNonNull(id, "id");
        channel = channel == null ? KnowledgeChannel.PROJECT_EXCHANGE : channel;
        outcome = outcome == null ? Outcome.UNKNOWN : outcome;
        participants = List.copyOf(participants);
        knowledgeAreas = SortedSets.copyOf(knowledgeAreas);
        programme = programme == null ? "" : programme;
    }

    /** A running two-party collaboration. */
    public static Collaboration between(
            String id,
            int year,
            KnowledgeChannel channel,
            Outcome outcome,
            Participant first,
            Participant second,
            Set<String> knowledgeAreas) {
        return new Collaboration(id, year, channel, outcome, List.of(first, second), knowledgeAreas, "", 0);
    }

    public Collaboration endedIn(int year) {
        return new Collaboration(id, this.year, channel, outcome, participants, knowledgeAreas, programme, year);
    }

    public Collaboration without(String organisationId) {
        return new Collaboration(
                id,
                year,
                channel,
                outcome,
                participants.stream()
                        .filter(p -> !p.organisationId().equals(organisationId))
                        .toList(),
                knowledgeAreas,
                programme,
                endYear);
    }

    /** The last year it was active: its end year, or its start year while it runs. */
    public int lastActiveYear() {
        return Math.max(year, endYear);
    }
}
