package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/**
 * A suggested partner's detail and the firm's shortlist, for a firm of its own per test: onboarded by the demo
 * agency, in Germany, tied to the fixture node alpha-sensors (so it has collaborations and suggestions).
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class SuggestedPartnerResourceTest {

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    private String firmId;

    @BeforeEach
    void registerAFirm() {
        firmId = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(
                        firmId, "DE", List.of(), List.of(), DemoUsers.AGENCY_ORG_ID, TestEvents.DEMO_FIRM_NODE));
        TestEvents.eventually(
                () -> firms.find(firmId).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "the firm known and the graph loaded");
        TestEvents.link(projection, firmId, TestEvents.DEMO_FIRM_NODE);
    }

    private String base() {
        return "/api/v1/firms/" + firmId;
    }

    /** The firm's suggestions as its agency sees them. */
    private JsonPath suggestions() {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get(base() + "/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everySuggestionLinksToItsDetailWhichSaysWhatThePartnerWorksOn() {
        JsonPath list = suggestions();
        String partner = list.getString("recommendations[0].partnerId");
        String detail = list.getString("recommendations[0].links.detail.href");
        assertEquals(base() + "/recommendations/" + partner, detail);
        for (String user : new String[] {DemoUsers.AGENCY, DemoUsers.ADMIN}) {
            JsonPath body = given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .get(detail)
                    .then()
                    .statusCode(200)
                    .body("partnerKey", equalTo(partner))
                    .body("name", equalTo(list.getString("recommendations[0].name")))
                    .body("countryName", notNullValue())
                    .body("areas.label", everyItem(not(startsWith("/"))))
                    .body("recentProjects.title", hasItem(notNullValue()))
                    .body("partnerCountries.name", everyItem(notNullValue()))
                    .extract()
                    .jsonPath();
            assertFalse(body.getList("areas").isEmpty(), "what it works on: " + body.prettify());
            List<Integer> years = body.getList("recentProjects.year");
            assertEquals(years.stream().sorted((a, b) -> b - a).toList(), years, "latest first");
        }
    }

    @Test
    void theDetailIsOnlyForTheFirmsReadersAndPartnersSuggestedToIt() {
        String partner = suggestions().getString("recommendations[0].partnerId");
        String detail = base() + "/recommendations/" + partner;
        for (String outsider : new String[] {DemoUsers.OTHER_AGENCY, DemoUsers.SME}) {
            given().auth()
                    .oauth2(DemoUsers.token(outsider))
                    .when()
                    .get(detail)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .when()
                .get(detail)
                .then()
                .statusCode(403);
        // an organisation of the graph, but the firm's own node: never suggested to it
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(base() + "/recommendations/" + TestEvents.DEMO_FIRM_NODE)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-found"));
    }

    @Test
    void aDeclinedPartnersDetailIsGoneAndAnAcceptedOneIsOnTheShortlistWithTheNextStep() {
        JsonPath list = suggestions();
        String declined = list.getString("recommendations[0].partnerId");
        String accepted = list.getString("recommendations[1].partnerId");
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        give(agency, declined, "{\"verdict\": \"DECLINED\", \"reason\": \"NOT_RELEVANT\"}");
        give(agency, accepted, "{\"verdict\": \"ACCEPTED\", \"comment\": \"Strong in optics\"}");
        given().auth()
                .oauth2(agency)
                .when()
                .get(base() + "/recommendations/" + declined)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(agency)
                .when()
                .get(base() + "/recommendations/" + accepted)
                .then()
                .statusCode(200)
                .body("feedback", equalTo("ACCEPTED"));
        for (String user : new String[] {DemoUsers.AGENCY, DemoUsers.ADMIN}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .get(base() + "/shortlist")
                    .then()
                    .statusCode(200)
                    .body("firmId", equalTo(firmId))
                    .body("partners.partnerKey", equalTo(List.of(accepted)))
                    .body("partners[0].name", equalTo(list.getString("recommendations[1].name")))
                    .body("partners[0].countryName", notNullValue())
                    .body("partners[0].acceptedBy", equalTo(DemoUsers.AGENCY))
                    .body("partners[0].comment", equalTo("Strong in optics"))
                    .body("partners[0].links.detail.href", equalTo(base() + "/recommendations/" + accepted))
                    .body("partners[0].links.next.method", equalTo("POST"))
                    .body("partners[0].links.next.href", endsWith("/api/v1/introductions"))
                    .body("partners[0].links.next.prefill.organisationKey", equalTo(accepted))
                    .body("partners[0].links.next.prefill.firmId", equalTo(firmId));
        }
        // Declining it later takes it off the shortlist.
        give(agency, accepted, "{\"verdict\": \"DECLINED\", \"reason\": \"OTHER\"}");
        given().auth()
                .oauth2(agency)
                .when()
                .get(base() + "/shortlist")
                .then()
                .statusCode(200)
                .body("partners", equalTo(List.of()));
    }

    @Test
    void theShortlistIsOnlyForTheFirmsReaders() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.OTHER_AGENCY))
                .when()
                .get(base() + "/shortlist")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get(base() + "/shortlist")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .when()
                .get(base() + "/shortlist")
                .then()
                .statusCode(403);
        given().when().get(base() + "/shortlist").then().statusCode(401);
    }

    private void give(String token, String partner, String body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(base() + "/recommendations/feedback/" + partner)
                .then()
                .statusCode(200);
    }
}
