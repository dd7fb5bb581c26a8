package org.knowbridge.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every service answers to anonymous callers: liveness, readiness against its real dependencies, its
 * OpenAPI document and its Prometheus metrics. A service's test extends this with {@code @QuarkusTest}.
 */
public abstract class PlatformEndpointsContract {

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** A service may first replay its topics or load its data: it becomes ready once that is done, within a minute. */
    @Test
    void isReadyBecauseItsRealDependenciesAnswer() throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (given().when().get("/q/health/ready").statusCode() != 200
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsOpenApiDocumentToAnyone() {
        given().accept("application/json")
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3.1"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"));
    }

    @Test
    void servesItsMetricsToAnyone() {
        assertTrue(
                Metrics.exposes(Metrics.scrape(), "jvm_memory_used_bytes"), "Prometheus text with the JVM's metrics");
    }
}
