package org.knowbridge.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.PlatformEndpointsContract;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {

    /** Readiness waits for the graph and for every topic replayed at start-up, each a check of its own. */
    @Test
    void readinessNamesTheGraphAndEveryReplayedTopic() {
        given().when()
                .get("/q/health/ready")
                .then()
                .body(
                        "checks.name",
                        hasItems("recommendations", "firm-events", "feedback-replay", "introduction-replay"));
    }
}
