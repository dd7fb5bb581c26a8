package org.knowbridge.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.knowbridge.systemtests.Calls.as;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.Platform.EVENT_TIMEOUT;
import static org.knowbridge.systemtests.Platform.PARTNER_ORGANISATION;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * One SME's way through the platform, across all three services: an agency onboards and publishes it, a
 * partner organisation and an admin record collaborations, the SME is told of foreign partners with reasons,
 * declines one for good, and is finally erased everywhere.
 */
@ExtendWith(RunningPlatform.class)
class PartnerJourneyTest {

    /** A country where the real data has no organisation: candidates there are the ones this test made. */
    static final String REMOTE_COUNTRY = "BV";

    @Test
    void fromOnboardingToSuggestionsToErasure() {
        // An agency onboards a Finnish firm seeking sensor know-how; the firm's staff get their own sign-in.
        String firmId = Platform.agencyPublishesFirm("""
                {"legalName": "%s", "country": "FI", "sector": "C26.5", "employees": 35,
                 "knowledgeAreasSought": ["sensors"], "targetCountries": ["FR", "ES"],
                 "preferredPartnerKinds": ["UNIVERSITY", "RESEARCH_ORGANISATION"]}
                """.formatted(Platform.unique("Journey Sensors Oy")));
        try (RealmAccount sme = RealmAccount.forFirm(firmId);
                KafkaProbe updates = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            Platform.awaitInGraph(firmId);

            // The demo partner organisation supplies the firm and claims that itself; the firm's agency confirms the
            // claim (until then it is no part of the graph). The agency records the firm's
            // work with a German engineering firm, which works with a university and an institute in a country
            // where the real data has no organisation (Bouvet Island): whatever graph the platform holds, those two
            // are found through the firm's partner, and the firm's own hub keeps runs on one stack apart.
            Platform.partnerOrganisationExists();
            String claim = Platform.collaboration(
                    DemoUsers.PARTNER, PARTNER_ORGANISATION, "CUSTOMER", firmId, "SUPPLIER", "STRATEGIC_PARTNERSHIP");
            Platform.confirm(DemoUsers.AGENCY, claim);
            String hubName = Platform.unique("Rhein Messtechnik GmbH");
            String hub = Platform.organisation("journey-hub", hubName, "DE", "COMPANY");
            Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
            String university =
                    Platform.organisation("journey-univ", "Bouvet Sensing University", REMOTE_COUNTRY, "UNIVERSITY");
            String institute = Platform.organisation(
                    "journey-inst", "Bouvet Instruments Institute", REMOTE_COUNTRY, "RESEARCH_ORGANISATION");
            Platform.collaboration(DemoUsers.ADMIN, hub, "UNIVERSITY", university, "CUSTOMER", "CO_DEVELOPMENT");
            Platform.collaboration(
                    DemoUsers.ADMIN, hub, "RESEARCH_ORGANISATION", institute, "CUSTOMER", "CO_DEVELOPMENT");

            // The platform tells the firm by itself: a schema-valid RecommendationsUpdated, ranked on its
            // collaboration.
            JsonNode update = updates.awaitEvent(
                    "RecommendationsUpdated for " + firmId + " after its first collaboration",
                    event -> isUpdateFor(event, firmId)
                            && !event.path("data").path("coldStart").asBoolean()
                            && !partnersIn(event).isEmpty(),
                    EVENT_TIMEOUT);
            assertThat(EventSchemas.violations(update), is(empty()));
            assertThat(update.path("data").path("cause").asText(), is("COLLABORATION_CHANGED"));

            // The SME reads its suggestions: foreign, not its partner already, each with reasons.
            JsonPath suggestions = Platform.recommendations(sme.token(), firmId, Map.of());
            assertThat(suggestions.getList("recommendations"), not(empty()));
            assertThat(suggestions.getList("recommendations.country"), everyItem(not("FI")));
            assertThat(suggestions.getList("recommendations.partnerId"), not(hasItem(PARTNER_ORGANISATION)));
            assertThat(
                    suggestions.getList("recommendations.collect { it.reasons.size() }", Integer.class),
                    everyItem(greaterThan(0)));
            // Filtered to that remote country: exactly the two reached through the partner, and the reason says so.
            // Collaborations travel on several partitions, so the hub's may be applied after the firm's first update.
            Map<String, String> remoteOnly = Map.of("country", REMOTE_COUNTRY);
            eventually(
                    "the university and the institute suggested to " + firmId,
                    EVENT_TIMEOUT,
                    () -> Platform.suggestedPartners(sme.token(), firmId, remoteOnly)
                            .containsAll(List.of(university, institute)));
            JsonPath remote = Platform.recommendations(sme.token(), firmId, remoteOnly);
            assertThat(remote.getList("recommendations.partnerId"), hasItems(university, institute));
            String universityReasons = "recommendations.find { it.partnerId == '" + university + "' }.reasons";
            assertThat(remote.getList(universityReasons + ".type"), hasItem("SHARED_PARTNERS"));
            List<String> texts = remote.getList(universityReasons + ".text");
            assertThat(texts.toString(), texts.stream().anyMatch(text -> text.contains(hubName)), is(true));

            // Its agency sees the same; another SME and a partner organisation do not.
            as(DemoUsers.AGENCY, Service.RECOMMENDATIONS)
                    .queryParam("country", REMOTE_COUNTRY)
                    .queryParam("limit", 50)
                    .get("/api/v1/firms/" + firmId + "/recommendations")
                    .then()
                    .statusCode(200)
                    .body("recommendations.partnerId", hasItem(university));
            as(DemoUsers.SME, Service.RECOMMENDATIONS)
                    .get("/api/v1/firms/" + firmId + "/recommendations")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            as(DemoUsers.PARTNER, Service.RECOMMENDATIONS)
                    .get("/api/v1/firms/" + firmId + "/recommendations")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");

            // The SME declines its top suggestion: gone at once, and it stays gone as the graph changes again.
            String declined = suggestions.getString("recommendations[0].partnerId");
            Calls.withToken(sme.token(), Service.RECOMMENDATIONS)
                    .body("{\"verdict\": \"DECLINED\", \"reason\": \"NOT_RELEVANT\"}")
                    .put("/api/v1/firms/" + firmId + "/recommendations/feedback/" + declined)
                    .then()
                    .statusCode(200)
                    .body("verdict", is("DECLINED"));
            assertThat(Platform.suggestedPartners(sme.token(), firmId, Map.of()), not(hasItem(declined)));
            JsonNode afterFeedback = updates.awaitEvent(
                    "RecommendationsUpdated for " + firmId + " after the decline",
                    event -> isUpdateFor(event, firmId)
                            && "FEEDBACK_GIVEN"
                                    .equals(event.path("data").path("cause").asText()),
                    EVENT_TIMEOUT);
            assertThat(partnersIn(afterFeedback), not(hasItem(declined)));
            String newcomer = Platform.organisation("journey-tech", "Bouvet Optics Ltd", REMOTE_COUNTRY, "COMPANY");
            Platform.collaboration(DemoUsers.ADMIN, hub, "SUPPLIER", newcomer, "CUSTOMER", "LICENSING");
            eventually(
                    "the partner's new partner suggested to " + firmId,
                    EVENT_TIMEOUT,
                    () -> Platform.suggestedPartners(sme.token(), firmId, Map.of("country", REMOTE_COUNTRY))
                            .contains(newcomer));
            assertThat(Platform.suggestedPartners(sme.token(), firmId, Map.of()), not(hasItem(declined)));
            List<JsonNode> sinceDecline = updates.received().stream()
                    .map(KafkaProbe.Received::event)
                    .dropWhile(event -> event != afterFeedback)
                    .filter(event -> isUpdateFor(event, firmId))
                    .toList();
            assertThat(
                    sinceDecline.stream()
                            .flatMap(event -> partnersIn(event).stream())
                            .toList(),
                    not(hasItem(declined)));

            // Erasure: the SME erases its firm; profiles, graph and recommendations all forget it.
            Calls.withToken(sme.token(), Service.FIRM_PROFILES)
                    .delete("/api/v1/firms/" + firmId)
                    .then()
                    .statusCode(204);
            as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                    .get("/api/v1/firms/" + firmId)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            eventually(
                    "firm " + firmId + " gone from partner-graph",
                    EVENT_TIMEOUT,
                    () -> as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                                    .get("/api/v1/organisations/" + firmId)
                                    .statusCode()
                            == 404);
            eventually(
                    "firm " + firmId + " gone from recommendations",
                    EVENT_TIMEOUT,
                    () -> as(DemoUsers.ADMIN, Service.RECOMMENDATIONS)
                                    .get("/api/v1/firms/" + firmId + "/recommendations")
                                    .statusCode()
                            == 404);
            assertThat(
                    as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                            .get("/api/v1/organisations/" + hub + "/partners")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.partner.key"),
                    not(hasItem(firmId)));
        }
    }

    static boolean isUpdateFor(JsonNode event, String firmId) {
        return "org.knowbridge.RecommendationsUpdated".equals(event.path("type").asText())
                && firmId.equals(event.path("subject").asText());
    }

    static List<String> partnersIn(JsonNode update) {
        return StreamSupport.stream(update.path("data").path("recommendations").spliterator(), false)
                .map(r -> r.path("partnerKey").asText())
                .toList();
    }
}
