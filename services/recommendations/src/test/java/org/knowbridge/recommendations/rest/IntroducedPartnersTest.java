package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/**
 * An organisation a firm has an open or answered introduction with is no longer suggested to it; asked for, the
 * list names it as introduced, with the introduction's state. A withdrawn request leaves it suggested.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroducedPartnersTest {

    private static final String SENSORS =
            "/engineering and technology/electrical engineering, electronic engineering, information engineering/electronic engineering/sensors/optical sensors";

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    @Test
    void openAndAnsweredIntroductionsLeaveTheSuggestionsAndAreListedAsIntroduced() {
        String firm = UUID.randomUUID().toString();
        TestEvents.publishFirm("FirmRegistered", TestEvents.firm(firm, "DE", List.of(SENSORS), List.of(), null, null));
        TestEvents.eventually(
                () -> firms.find(firm).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "the firm known and the graph loaded");
        List<String> suggested = suggestions(firm, "").getList("recommendations.partnerId", String.class);
        assertTrue(suggested.size() >= 4, "enough suggestions to work with: " + suggested);
        String requested = suggested.get(0);
        String declined = suggested.get(1);
        String withdrawn = suggested.get(2);
        String signed = suggested.get(3);

        String first = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(first, firm, requested, "REQUESTED");
        String second = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(second, firm, declined, "REQUESTED");
        TestEvents.publishIntroduction(second, firm, declined, "DECLINED");
        String third = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(third, firm, withdrawn, "REQUESTED");
        TestEvents.publishIntroduction(third, firm, withdrawn, "WITHDRAWN");
        String fourth = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(fourth, firm, signed, "ACCEPTED");
        TestEvents.publishIntroduction(fourth, firm, signed, "AGREEMENT_SIGNED");

        TestEvents.eventually(
                () -> {
                    List<String> now = suggestions(firm, "").getList("recommendations.partnerId", String.class);
                    return !now.contains(requested) && !now.contains(declined) && !now.contains(signed);
                },
                Duration.ofSeconds(30),
                "the introduced organisations are no longer suggested");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + firm + "/recommendations?limit=50")
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", hasItem(withdrawn))
                .body("introduced", empty());

        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + firm + "/recommendations?limit=50&include=introduced")
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", not(hasItem(requested)))
                .body("introduced.partnerId", containsInAnyOrder(requested, declined, signed))
                .body("introduced.introduced", containsInAnyOrder(true, true, true))
                .body("introduced.find { it.partnerId == '" + requested + "' }.introductionState", equalTo("REQUESTED"))
                .body("introduced.find { it.partnerId == '" + requested + "' }.introductionId", equalTo(first))
                .body("introduced.find { it.partnerId == '" + declined + "' }.introductionState", equalTo("DECLINED"))
                .body(
                        "introduced.find { it.partnerId == '" + signed + "' }.introductionState",
                        equalTo("AGREEMENT_SIGNED"))
                .body("introduced.find { it.partnerId == '" + requested + "' }.name", not(equalTo(null)));
    }

    @Test
    void anUnknownIncludeIsAProblemNamingTheParameter() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + DemoUsers.SME_FIRM_ID + "/recommendations?include=declined")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("include"));
    }

    private static JsonPath suggestions(String firm, String query) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + firm + "/recommendations?limit=50" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
