package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.service.ProjectionLoader;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class ProjectionResourceTest {

    @Inject
    ProjectionLoader loader;

    @Test
    void anAdminSeesTheLoadedGraphAndCanHaveItLoadedAgain() {
        TestEvents.eventually(() -> loader.lastLoad() != null, Duration.ofSeconds(60), "first load");
        var first = loader.lastLoad().finishedAt();
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        long before = given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/projection")
                .then()
                .statusCode(200)
                .body("loaded", equalTo(true))
                .body("organisations", greaterThanOrEqualTo(12))
                .extract()
                .jsonPath()
                .getLong("graphVersion");
        given().auth()
                .oauth2(admin)
                .when()
                .post("/api/v1/projection/reload")
                .then()
                .statusCode(202);
        TestEvents.eventually(
                () -> loader.lastLoad().finishedAt().isAfter(first), Duration.ofSeconds(60), "a second load");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/projection")
                .then()
                .statusCode(200)
                .body("graphVersion", greaterThan(before));
    }

    @Test
    void onlyAdminsOperateTheProjection() {
        given().when().post("/api/v1/projection/reload").then().statusCode(401).contentType("application/problem+json");
        for (String user : new String[] {DemoUsers.SME, DemoUsers.AGENCY, DemoUsers.PARTNER}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .post("/api/v1/projection/reload")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .get("/api/v1/projection")
                    .then()
                    .statusCode(403);
        }
    }
}
