package org.knowbridge.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.PartnerJourneyTest.REMOTE_COUNTRY;
import static org.knowbridge.systemtests.Platform.EVENT_TIMEOUT;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * A service stopped and started again in the middle of a flow loses nothing that was acknowledged: what the
 * others accepted meanwhile reaches it through Kafka once it is back, and what it stored itself survives.
 */
@ExtendWith(RunningPlatform.class)
class RestartTest {

    /** Recommendations loads the whole graph again when it starts: allow for a large one on a busy machine. */
    private static final Duration RELOAD_TIMEOUT = Duration.ofMinutes(4);

    @Test
    void aFirmPublishedWhilePartnerGraphIsDownIsInTheGraphOnceItIsBack() {
        RunningPlatform.stop(Service.PARTNER_GRAPH);
        String firmId;
        try {
            firmId = Platform.agencyPublishesFirm(
                    "{\"legalName\": \"%s\", \"country\": \"SE\"}".formatted(Platform.unique("Offline Mirror AB")));
        } finally {
            RunningPlatform.start(Service.PARTNER_GRAPH);
        }
        Platform.awaitInGraph(firmId);
    }

    @Test
    void collaborationsAndDeclinesSurviveARestartOfRecommendations() {
        String firmId = Platform.agencyPublishesFirm(
                "{\"legalName\": \"%s\", \"country\": \"DK\"}".formatted(Platform.unique("Restart ApS")));
        try (RealmAccount sme = RealmAccount.forFirm(firmId)) {
            Platform.awaitInGraph(firmId);
            // The firm's partner of its own, with a university in a country without real organisations.
            String hub = Platform.organisation("restart-hub", Platform.unique("Restart Partner GmbH"), "DE", "COMPANY");
            Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
            String declined =
                    Platform.organisation("restart-univ", "Bouvet Restart University", REMOTE_COUNTRY, "UNIVERSITY");
            Platform.collaboration(DemoUsers.ADMIN, hub, "UNIVERSITY", declined, "CUSTOMER", "CO_DEVELOPMENT");
            Map<String, String> remote = Map.of("country", REMOTE_COUNTRY);
            eventually(
                    "the university suggested to " + firmId,
                    EVENT_TIMEOUT,
                    () -> Platform.suggestedPartners(sme.token(), firmId, remote)
                            .contains(declined));
            Calls.withToken(sme.token(), Service.RECOMMENDATIONS)
                    .body("{\"verdict\": \"DECLINED\", \"reason\": \"ALREADY_IN_CONTACT\"}")
                    .put("/api/v1/firms/" + firmId + "/recommendations/feedback/" + declined)
                    .then()
                    .statusCode(200);

            // Recommendations is down while partner-graph acknowledges a new collaboration of the firm's partner.
            RunningPlatform.stop(Service.RECOMMENDATIONS);
            String recorded;
            try {
                recorded = Platform.organisation(
                        "restart-inst", "Bouvet Restart Institute", REMOTE_COUNTRY, "RESEARCH_ORGANISATION");
                Platform.collaboration(
                        DemoUsers.ADMIN, hub, "RESEARCH_ORGANISATION", recorded, "CUSTOMER", "CO_DEVELOPMENT");
            } finally {
                RunningPlatform.start(Service.RECOMMENDATIONS);
            }
            StringBuilder lastAnswer = new StringBuilder();
            eventually(
                    "the collaboration recorded while recommendations was down reaches " + firmId,
                    RELOAD_TIMEOUT,
                    () -> answersWith(sme.token(), firmId, remote, recorded, lastAnswer),
                    () -> "; last answer: " + lastAnswer);
            assertThat(Platform.suggestedPartners(sme.token(), firmId, remote), not(hasItem(declined)));
            assertThat(
                    Calls.withToken(sme.token(), Service.RECOMMENDATIONS)
                            .get("/api/v1/firms/" + firmId + "/recommendations/feedback")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("partnerId"),
                    hasItem(declined));
        }
    }

    /** Whether recommendations answers (it is not ready while it loads the graph) and suggests the partner. */
    private static boolean answersWith(
            String token, String firmId, Map<String, String> filters, String partner, StringBuilder answer) {
        var response = Calls.withToken(token, Service.RECOMMENDATIONS)
                .queryParam("limit", 50)
                .queryParams(filters)
                .get("/api/v1/firms/" + firmId + "/recommendations");
        answer.setLength(0);
        answer.append(response.statusCode()).append(' ').append(response.asString());
        return response.statusCode() == 200
                && response.jsonPath().getList("recommendations.partnerId").contains(partner);
    }
}
