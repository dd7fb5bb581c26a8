package org.knowbridge.firmprofiles.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmResourceTest {

    private static final String FIRM = """
            {"legalName": "Nordic Sensors Oy", "country": "FI"}
            """;

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        given().contentType(ContentType.JSON)
                .body(FIRM)
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:knowbridge:problem:unauthorized"));
    }

    @Test
    void partnersCannotOnboardFirms() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .contentType(ContentType.JSON)
                .body(FIRM)
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:forbidden"));
    }

    @Test
    void accountsWithoutAKnowBridgeRoleAreForbidden() {
        String id = onboardAsAgency();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.VISITOR))
                .when()
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void anAgencyOnboardsAFirmAndReadsItBack() {
        String id = onboardAsAgency();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("legalName", equalTo("Nordic Sensors Oy"))
                .body("country", equalTo("FI"))
                .body("status", equalTo("DRAFT"))
                .body("onboardedBy", equalTo("org-agency-demo"));
    }

    @Test
    void adminsReadEveryFirm() {
        String id = onboardAsAgency();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void anSmeNeverSeesAnotherFirm() {
        String id = onboardAsAgency();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-found"))
                .body("detail", startsWith("Firm " + id));
    }

    @Test
    void euCountryCodesAreNormalisedToIso() {
        String id = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body("{\"legalName\": \"Athens Robotics\", \"country\": \"EL\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("country", equalTo("GR"));
    }

    @Test
    void missingAndInvalidFieldsAreNamed() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body("{\"country\": \"XQ1\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:validation-failed"))
                .body("errors.field", hasItem("legalName"))
                .body("errors.field", hasItem("country"));
    }

    @Test
    void unknownCountriesAreRejected() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body("{\"legalName\": \"Nowhere Ltd\", \"country\": \"QQ\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("country"));
    }

    @Test
    void unknownFieldsAreRejected() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body("{\"legalName\": \"Nordic Sensors Oy\", \"country\": \"FI\", \"status\": \"PUBLISHED\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void malformedJsonIsAClientError() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body("{\"legalName\": ")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:malformed-request"));
    }

    private static String onboardAsAgency() {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body(FIRM)
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .extract()
                .path("id");
    }
}
