package org.knowbridge.partnergraph.event;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * The graph's outbox relay looks as soon as this instance's writes have committed, not at its next poll: with a poll
 * only every ten minutes, the event of an organisation created through the API still reaches Kafka at once. It fails
 * when no write wakes the relay; a batch the instance's consumers applied meanwhile wakes it too, so it does not
 * tell which write did. (Another running instance of the service, polling on the same graph, could publish the event
 * first; the test means something where none runs, as in the build.)
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.RarePolling.class)
@WithTestResource(RealStackResource.class)
class OutboxWakeUpTest {

    /** The relay's fallback poll, far beyond the test's wait. */
    public static class RarePolling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Under the test profile's own value for it, which would win over an unprofiled one.
            return Map.of("%test.knowbridge.outbox.idle-pause", "PT10M");
        }
    }

    @Test
    void anAnsweredWriteWakesTheRelay() throws Exception {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.COLLABORATIONS)) {
            String key = TestData.newKey();
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                    .contentType(ContentType.JSON)
                    .body("{\"name\": \"Wake-up Oy\", \"country\": \"FI\", \"type\": \"COMPANY\", \"sme\": true}")
                    .when()
                    .put("/api/v1/organisations/" + key)
                    .then()
                    .statusCode(201);
            topic.await(
                    "OrganisationUpserted of " + key,
                    r -> key.equals(r.key()) && "OrganisationUpserted".equals(r.type()),
                    Duration.ofSeconds(30));
        }
    }
}
