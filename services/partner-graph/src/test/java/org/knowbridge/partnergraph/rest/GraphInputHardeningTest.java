package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** Bad input is a problem+json 400 naming what is wrong, never a 404 or 500. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class GraphInputHardeningTest {

    private static RequestSpecification agency() {
        return given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY));
    }

    private static String newKey() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void aWordWhereAYearBelongsIsNamed() {
        agency().queryParam("fromYear", "abc")
                .when()
                .get("/api/v1/indicators/foreign-collaboration")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("fromYear"));
        agency().queryParam("limit", "abc")
                .when()
                .get("/api/v1/organisations/" + newKey() + "/partners")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void aNulCharacterInAJsonFieldIsNamed() {
        agency().contentType(ContentType.JSON)
                .body(
                        "{\"name\": \"Aalto\\u0000University\", \"country\": \"FI\", \"type\": \"UNIVERSITY\", \"sme\": false}")
                .when()
                .put("/api/v1/organisations/" + newKey())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aNulCharacterInAQueryParameterIsNamed() {
        agency().queryParam("country", "F\u0000I")
                .when()
                .get("/api/v1/indicators/foreign-collaboration")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("country"));
    }

    @Test
    void locationIgnoresTheHostTheClientSends() {
        String key = newKey();
        agency().contentType(ContentType.JSON)
                .header("Host", "evil.example")
                .body("{\"name\": \"Aalto University\", \"country\": \"FI\", \"type\": \"UNIVERSITY\", \"sme\": false}")
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://127.0.0.1:" + RestAssured.port + "/api/v1/organisations/"));
    }
}
