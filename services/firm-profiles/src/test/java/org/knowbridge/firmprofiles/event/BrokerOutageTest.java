package org.knowbridge.firmprofiles.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.knowbridge.firmprofiles.TestFirms.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * The outbox under a real broker outage: Kafka is stopped, firms are written, Kafka comes back, and every
 * event arrives exactly once, in order per firm, and every write is still there.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class BrokerOutageTest {

    @Test
    void writesDuringAKafkaOutageArePublishedExactlyOnceInOrderOnceItIsBack() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.FIRMS)) {
            try {
                stack("down");
                for (int i = 0; i < 4; i++) {
                    String id = TestFirms.onboard(TestFirms.uniqueName("Outage " + i), "FI");
                    List<String> types = new ArrayList<>(List.of(EventType.FirmRegistered.name()));
                    as(DemoUsers.AGENCY)
                            .body("{\"listedToPartners\": true, \"contactAllowed\": true}")
                            .put("/api/v1/firms/" + id + "/consent")
                            .then()
                            .statusCode(200);
                    types.add(EventType.FirmUpdated.name());
                    as(DemoUsers.AGENCY)
                            .post("/api/v1/firms/" + id + "/submit")
                            .then()
                            .statusCode(200);
                    types.add(EventType.FirmUpdated.name());
                    if (i % 2 == 0) {
                        as(DemoUsers.AGENCY)
                                .post("/api/v1/firms/" + id + "/publish")
                                .then()
                                .statusCode(200);
                        types.add(EventType.FirmPublished.name());
                    }
                    if (i == 3) {
                        as(DemoUsers.AGENCY)
                                .delete("/api/v1/firms/" + id)
                                .then()
                                .statusCode(204);
                        types.add(EventType.FirmErased.name());
                    }
                    expected.put(id, types);
                }
            } finally {
                stack("up");
            }

            int total = expected.values().stream().mapToInt(List::size).sum();
            topic.awaitAll(
                    KafkaProbe.keyIn(expected.keySet()), received -> received.size() >= total, Duration.ofSeconds(120));
            List<KafkaProbe.Received> received =
                    topic.readFor(Duration.ofSeconds(3), KafkaProbe.keyIn(expected.keySet()));

            Map<String, List<String>> arrived = received.stream()
                    .collect(Collectors.groupingBy(
                            KafkaProbe.Received::key,
                            LinkedHashMap::new,
                            Collectors.mapping(KafkaProbe.Received::type, Collectors.toList())));
            for (Map.Entry<String, List<String>> firm : expected.entrySet()) {
                assertEquals(firm.getValue(), arrived.get(firm.getKey()), "events of firm " + firm.getKey());
            }
            assertEquals(
                    total,
                    received.stream()
                            .map(r -> r.event().path("id").asText())
                            .distinct()
                            .count(),
                    "no event twice");
        }
        // No write was lost: the firms are as the last write left them.
        List<String> ids = new ArrayList<>(expected.keySet());
        assertEquals("PUBLISHED", TestFirms.read(DemoUsers.AGENCY, ids.get(0)).path("status"));
        assertEquals("SUBMITTED", TestFirms.read(DemoUsers.AGENCY, ids.get(1)).path("status"));
        assertEquals(true, TestFirms.read(DemoUsers.AGENCY, ids.get(2)).path("listedToPartners"));
        as(DemoUsers.AGENCY).get("/api/v1/firms/" + ids.get(3)).then().statusCode(404);
    }

    /** Stops or starts only Kafka of the shared local stack. */
    private static void stack(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "bash",
                        RealStack.repositoryRoot()
                                .resolve("deploy/local/stack.sh")
                                .toString(),
                        command,
                        "kafka")
                .directory(RealStack.repositoryRoot().toFile())
                .inheritIO()
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/stack.sh " + command + " kafka failed");
        }
    }
}
