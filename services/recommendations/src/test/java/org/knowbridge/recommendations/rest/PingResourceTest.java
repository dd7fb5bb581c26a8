package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** The benchmark's yardstick must sit behind exactly the suggestions' security, or the comparison is unfair. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class PingResourceTest {

    @Test
    void theRolesThatReadSuggestionsGetTheConstantAnswer() {
        for (String user : new String[] {DemoUsers.SME, DemoUsers.AGENCY, DemoUsers.ADMIN}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .get("/api/v1/ping")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    void othersAreRefusedAsForTheSuggestions() {
        given().when().get("/api/v1/ping").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .when()
                .get("/api/v1/ping")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
