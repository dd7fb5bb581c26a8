package org.knowbridge.firmprofiles;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.knowbridge.platform.testing.DemoUsers;

/** Test shortcuts over the real API; every firm gets a unique name, since the database is shared. */
public final class TestFirms {

    private TestFirms() {}

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType(ContentType.JSON);
    }

    public static String uniqueName(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new DRAFT firm onboarded by the demo agency; its id. */
    public static String onboard(String body) {
        return as(DemoUsers.AGENCY)
                .body(body)
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String onboard(String legalName, String country) {
        return onboard("{\"legalName\": \"" + legalName + "\", \"country\": \"" + country + "\"}");
    }

    /** A firm onboarded, submitted, published and listed to partners by the demo agency. */
    public static String published(String body) {
        String id = onboard(body);
        as(DemoUsers.AGENCY)
                .body("{\"listedToPartners\": true, \"contactAllowed\": true}")
                .when()
                .put("/api/v1/firms/" + id + "/consent")
                .then()
                .statusCode(200);
        as(DemoUsers.AGENCY)
                .when()
                .post("/api/v1/firms/" + id + "/submit")
                .then()
                .statusCode(200);
        as(DemoUsers.AGENCY)
                .when()
                .post("/api/v1/firms/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    public static ExtractableResponse<Response> read(String user, String id) {
        return as(user).when().get("/api/v1/firms/" + id).then().statusCode(200).extract();
    }

    /** The demo SME's own firm, registered first when an earlier run or ./knowbridge up has not. */
    public static String demoSmeFirm(String user, String firmId) {
        int status = as(user).body("{\"legalName\": \"Demo SME " + user + "\", \"country\": \"FI\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .extract()
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Cannot register the firm of " + user + ": " + status);
        }
        return firmId;
    }
}
