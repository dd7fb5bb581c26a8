package org.knowbridge.systemtests.chaos;

import java.util.List;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.chaos.Api.Answer;

/** The writes of the load, each with the effects it must leave once acknowledged: in its store and at every consumer. */
final class Writes {

    private Writes() {}

    static Write organisation(String key, Answer answer) {
        return new Write(
                "organisation",
                "PUT /api/v1/organisations/{key}",
                key,
                answer,
                List.of(exists(
                        "partner-graph", DemoUsers.ADMIN, Service.PARTNER_GRAPH, "/api/v1/organisations/" + key)));
    }

    /** A collaboration of the cohort's hub with the organisation: in the graph once, and suggested once. */
    static Write collaboration(Cohort cohort, String organisation, Answer answer) {
        Effect recorded = new Effect("partner-graph", reads -> linksWith(reads, organisation, cohort.hub()));
        return new Write(
                "collaboration",
                "POST /api/v1/collaborations",
                cohort.hub() + " ~ " + organisation,
                answer,
                List.of(recorded, suggested(cohort, organisation)));
    }

    /** A firm registered by the demo agency, or a line of its import: one firm of that name (names hold the run's id). */
    static Write firm(String kind, String request, String run, String legalName, Answer answer) {
        Effect stored = new Effect(
                "firm-profiles", reads -> reads.firmNamesContaining(run).getOrDefault(legalName, 0));
        return new Write(kind, request, legalName, answer, List.of(stored));
    }

    /** A firm published: so in firm-profiles, mirrored in the graph, and known to recommendations. */
    /** {@code last}: the answer to the last step sent (publish, when all went through). */
    static Write publication(String firmId, Answer last) {
        Effect published = new Effect("firm-profiles", reads -> {
            Answer firm = reads.get(DemoUsers.AGENCY, Service.FIRM_PROFILES, "/api/v1/firms/" + firmId);
            return firm.status() == 200 && "PUBLISHED".equals(firm.json().getString("status")) ? 1 : 0;
        });
        return new Write(
                "firm published",
                "POST /api/v1/firms/{id}/publish",
                firmId,
                last,
                List.of(
                        published,
                        exists(
                                "partner-graph",
                                DemoUsers.AGENCY,
                                Service.PARTNER_GRAPH,
                                "/api/v1/organisations/" + firmId),
                        exists(
                                "recommendations",
                                DemoUsers.AGENCY,
                                Service.RECOMMENDATIONS,
                                "/api/v1/firms/" + firmId + "/recommendations?limit=1")));
    }

    /** The cohort's firm accepted a suggested organisation: stored once as feedback, and on its shortlist once. */
    static Write feedback(Cohort cohort, String organisation, Answer answer) {
        String firm = "/api/v1/firms/" + cohort.firmId();
        List<Effect> effects = List.of(
                listed("recommendations feedback", firm + "/recommendations/feedback", "partnerId", organisation),
                listed("recommendations shortlist", firm + "/shortlist", "partners.partnerKey", organisation));
        return new Write(
                "feedback",
                "PUT /api/v1/firms/{id}/recommendations/feedback/{partner}",
                cohort.firmId() + " accepts " + organisation,
                answer,
                effects);
    }

    /** The cohort's firm asked for an introduction to the organisation: sent once, and marked introduced once. */
    static Write introduction(Cohort cohort, String organisation, Answer answer) {
        Effect sent = new Effect(
                "introductions",
                reads -> occurrences(
                        reads.get(DemoUsers.AGENCY, Service.INTRODUCTIONS, "/api/v1/introductions/sent?limit=200"),
                        "organisationKey",
                        organisation));
        return new Write(
                "introduction",
                "POST /api/v1/introductions",
                cohort.firmId() + " -> " + organisation,
                answer,
                List.of(sent, suggested(cohort, organisation)));
    }

    /** Found (200) at the path, as {@code user} reads it. */
    private static Effect exists(String where, String user, Service service, String path) {
        return new Effect(where, reads -> reads.get(user, service, path).status() == 200 ? 1 : 0);
    }

    /** Recommendations lists the organisation for the cohort's firm, as a suggestion or as introduced. */
    private static Effect suggested(Cohort cohort, String organisation) {
        return new Effect("recommendations", reads -> cohort.timesSuggested(reads, organisation));
    }

    /** How often a list of recommendations the demo agency reads holds the value. */
    private static Effect listed(String where, String path, String field, String value) {
        return new Effect(
                where, reads -> occurrences(reads.get(DemoUsers.AGENCY, Service.RECOMMENDATIONS, path), field, value));
    }

    private static int occurrences(Answer answer, String field, String value) {
        return answer.status() == 200 ? Cohort.occurrences(answer.json().getList(field, String.class), value) : 0;
    }

    private static int linksWith(Reads reads, String organisation, String partner) {
        Answer answer = reads.get(
                DemoUsers.ADMIN, Service.PARTNER_GRAPH, "/api/v1/organisations/" + organisation + "/partners?limit=50");
        if (answer.status() != 200) {
            return 0;
        }
        List<Integer> links =
                answer.json().getList("items.findAll { it.partner.key == '" + partner + "' }.links", Integer.class);
        return links.stream().mapToInt(Integer::intValue).sum();
    }
}
