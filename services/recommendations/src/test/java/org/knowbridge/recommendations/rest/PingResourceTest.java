package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * The benchmark's yardstick: a constant for the roles that read suggestions (who else is refused is declared in
 * the contract's x-access and checked by {@link RecommendationAccessRulesTest}).
 */
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
}
