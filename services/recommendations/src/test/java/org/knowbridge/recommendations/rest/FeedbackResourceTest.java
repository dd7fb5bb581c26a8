package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;
import org.knowbridge.recommendations.service.SuggestionRecorder;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class FeedbackResourceTest {

    private static final String OWN_FEEDBACK = "/api/v1/firms/" + DemoUsers.SME_FIRM_ID + "/recommendations/feedback";
    private static final String DECLINE = """
            {"verdict": "DECLINED", "reason": "TOO_FAR", "comment": "We only work within a day's drive"}
            """;

    @BeforeAll
    static void registerTheDemoFirm() {
        TestEvents.registerDemoFirm();
    }

    @BeforeEach
    void awaitTheDemoFirm() {
        TestEvents.eventually(
                () -> firms.find(DemoUsers.SME_FIRM_ID).isPresent(), Duration.ofSeconds(60), "the demo firm is known");
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        given().when().get(OWN_FEEDBACK).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void partnersCannotSeeAFirmsFeedback() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:forbidden"));
    }

    @Test
    void anSmeDeclinesAPartnerAndSeesItsFeedback() {
        String partner = newPartner();
        String sme = DemoUsers.token(DemoUsers.SME);
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body(DECLINE)
                .when()
                .put(OWN_FEEDBACK + "/" + partner)
                .then()
                .statusCode(200)
                .body("firmId", equalTo(DemoUsers.SME_FIRM_ID))
                .body("partnerId", equalTo(partner))
                .body("verdict", equalTo("DECLINED"))
                .body("reason", equalTo("TOO_FAR"))
                .body("givenBy", equalTo(DemoUsers.SME));
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(200)
                .body("partnerId", hasItem(partner));
    }

    @Test
    void aLaterWordOnTheSamePartnerReplacesTheEarlierOne() {
        String partner = newPartner();
        String sme = DemoUsers.token(DemoUsers.SME);
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body(DECLINE)
                .when()
                .put(OWN_FEEDBACK + "/" + partner)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + partner)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(200)
                .body("findAll { it.partnerId == '" + partner + "' }.verdict", equalTo(java.util.List.of("ACCEPTED")));
    }

    @Test
    void anSmeNeverSeesAnotherFirmsFeedback() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.OTHER_SME))
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.OTHER_SME))
                .contentType(ContentType.JSON)
                .body(DECLINE)
                .when()
                .put(OWN_FEEDBACK + "/" + newPartner())
                .then()
                .statusCode(404);
    }

    @Inject
    FirmDirectory firms;

    @Test
    void anAgencyGivesFeedbackForTheFirmsItOnboardedOnly() {
        String onboarded = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(onboarded, "FR", List.of(), List.of(), "org-agency-demo", null));
        TestEvents.eventually(() -> firms.find(onboarded).isPresent(), Duration.ofSeconds(60), "the firm is known");
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\"}")
                .when()
                .put("/api/v1/firms/" + onboarded + "/recommendations/feedback/" + newPartner(onboarded))
                .then()
                .statusCode(200)
                .body("givenBy", equalTo(DemoUsers.AGENCY));
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + newPartner())
                .then()
                .statusCode(404);
        given().auth().oauth2(agency).when().get(OWN_FEEDBACK).then().statusCode(404);
    }

    @Test
    void adminsSeeAnyFirmsFeedback() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(200);
    }

    @Test
    void aDeclineNeedsAReason() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"DECLINED\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + newPartner())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void unknownVerdictsAndOversizedCommentsAreRejected() {
        String sme = DemoUsers.token(DemoUsers.SME);
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"MAYBE\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + newPartner())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("verdict"));
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\", \"comment\": \"" + "x".repeat(501) + "\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + newPartner())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
    }

    @Test
    void oversizedBodiesAreRefusedWithAProblem() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\", \"comment\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + newPartner())
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:payload-too-large"));
    }

    @Test
    void feedbackForAFirmThisServiceDoesNotKnowIsNotFound() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\"}")
                .when()
                .put("/api/v1/firms/" + UUID.randomUUID() + "/recommendations/feedback/" + newPartner())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-found"));
    }

    @Test
    void feedbackOnAnOrganisationOutsideTheGraphIsRefusedNamingThePartner() {
        String unknown = "test:" + UUID.randomUUID();
        for (String user : new String[] {DemoUsers.SME, DemoUsers.ADMIN}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .contentType(ContentType.JSON)
                    .body(DECLINE)
                    .when()
                    .put(OWN_FEEDBACK + "/" + unknown)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:knowbridge:problem:validation-failed"))
                    .body("errors[0].field", equalTo("partnerId"));
        }
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(200)
                .body("partnerId", not(hasItem(unknown)));
    }

    @Test
    void aFirmCannotGiveFeedbackOnItsOwnGraphNode() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + TestEvents.DEMO_FIRM_NODE)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
    }

    @Test
    void malformedPartnerIdsAreRejected() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body(DECLINE)
                .when()
                .put(OWN_FEEDBACK + "/bad%20id!")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Inject
    Projection projection;

    @Inject
    SuggestionRecorder suggestions;

    /** A partner suggested to the demo firm. */
    private String newPartner() {
        return newPartner(DemoUsers.SME_FIRM_ID);
    }

    /**
     * A foreign organisation of its own in the collaboration graph, so no other test's suggestions change,
     * recorded as suggested to the firm as another instance of the service would have.
     */
    private String newPartner(String firmId) {
        String key = newOrganisation();
        TestEvents.publishSuggested(firmId, key);
        TestEvents.eventually(
                () -> suggestions.wasSuggested(firmId, key), Duration.ofSeconds(30), key + " suggested to " + firmId);
        return key;
    }

    private String newOrganisation() {
        String key = "test:" + UUID.randomUUID();
        TestEvents.eventually(() -> projection.ranker().isPresent(), Duration.ofSeconds(60), "the graph is loaded");
        TestEvents.publishGraphEvent(EventType.OrganisationUpserted.name(), key, TestEvents.organisation(key, "NL"));
        TestEvents.eventually(
                () -> projection.ranker().orElseThrow().graph().indexOf(key).isPresent(),
                Duration.ofSeconds(30),
                key + " is in the graph");
        return key;
    }

    @Test
    void feedbackOnAnOrganisationNeverSuggestedToTheFirmIsRefusedNamingThePartner() {
        String neverSuggested = newOrganisation();
        for (String user : new String[] {DemoUsers.SME, DemoUsers.ADMIN}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .contentType(ContentType.JSON)
                    .body("{\"verdict\": \"ACCEPTED\"}")
                    .when()
                    .put(OWN_FEEDBACK + "/" + neverSuggested)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("partnerId"));
        }
        // Suggested to another firm is not suggested to this one.
        String othersPartner = newPartner(DemoUsers.OTHER_SME_FIRM_ID);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body(DECLINE)
                .when()
                .put(OWN_FEEDBACK + "/" + othersPartner)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
    }

    @Test
    void anAcceptanceWithADeclineReasonIsRefusedNamingTheReason() {
        String partner = newPartner();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"ACCEPTED\", \"reason\": \"TOO_FAR\"}")
                .when()
                .put(OWN_FEEDBACK + "/" + partner)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get(OWN_FEEDBACK)
                .then()
                .statusCode(200)
                .body("partnerId", not(hasItem(partner)));
    }
}
