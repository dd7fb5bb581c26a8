package org.knowbridge.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.PartnerJourneyTest.REMOTE_COUNTRY;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.messaging.KeyPartitions;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * Two replicas of recommendations behind the same topics, started here from the built jar on ports of their own and
 * in a publishers group of their own (so that whatever else runs on the stack does not share their duty): both give
 * a firm the same suggestions, each change of the firm is published once between them, by the replica Kafka's
 * consumer group put in charge of the firm, and when that replica stops the other publishes the firm's updates.
 * Records are told apart by the header naming the instance that sent them.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    /** How long the topic is still read after the first update, for a second one from the other replica. */
    private static final Duration QUIET = Duration.ofSeconds(10);

    private static final String GROUP = "recommendations-publishers-" + UUID.randomUUID();
    private static Replica first;
    private static Replica second;

    private static String firmId;
    private static RealmAccount sme;
    private static String hub;

    @BeforeAll
    static void twoReplicas() {
        first = Replica.start(GROUP);
        second = Replica.start(GROUP);
        first.awaitReady();
        second.awaitReady();
        firmId = Platform.agencyPublishesFirm(
                "{\"legalName\": \"%s\", \"country\": \"FI\"}".formatted(Platform.unique("Replica Oy")));
        sme = RealmAccount.forFirm(firmId);
        Platform.awaitInGraph(firmId);
        // A partner of the firm's future partner, in a country without real organisations.
        hub = Platform.organisation("replica-hub", Platform.unique("Replica Partner GmbH"), "DE", "COMPANY");
        String university =
                Platform.organisation("replica-univ", "Bouvet Replica University", REMOTE_COUNTRY, "UNIVERSITY");
        Platform.collaboration(DemoUsers.ADMIN, hub, "UNIVERSITY", university, "CUSTOMER", "CO_DEVELOPMENT");
        for (Replica replica : List.of(first, second)) {
            eventually(
                    "replica " + replica.url() + " knows firm " + firmId,
                    EVENT_TIMEOUT,
                    () -> replica.recommendations(sme.token(), firmId).statusCode() == 200);
        }
    }

    @AfterAll
    static void stopReplicas() {
        if (sme != null) {
            sme.close();
        }
        for (Replica replica : new Replica[] {first, second}) {
            if (replica != null) {
                replica.stop();
            }
        }
    }

    @Test
    @Order(1)
    void bothReplicasSuggestTheSameAndEachChangeOfAFirmIsPublishedOnce() {
        Map<String, String> remote = Map.of("country", REMOTE_COUNTRY);
        try (KafkaProbe updates = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
            Predicate<KafkaProbe.Received> fromReplicas = updateOf(firmId, "COLLABORATION_CHANGED", first, second);
            updates.await("the firm's update after its new collaboration", fromReplicas, EVENT_TIMEOUT);
            List<KafkaProbe.Received> published = updates.readFor(QUIET, fromReplicas);
            assertEquals(
                    1,
                    published.size(),
                    "one collaboration of the firm, published by "
                            + published.stream()
                                    .map(r -> r.header(EventPublisher.INSTANCE_HEADER))
                                    .toList());
            String publisher = published.getFirst().header(EventPublisher.INSTANCE_HEADER);
            Replica inCharge = first.sent(published.getFirst()) ? first : second;
            assertTrue(inCharge.owns(firmId), publisher + " published for a firm whose partition it was not assigned");
        }
        for (Replica replica : List.of(first, second)) {
            eventually(
                    "replica " + replica.url() + " suggests the hub's university to " + firmId,
                    EVENT_TIMEOUT,
                    () -> !replica.partners(sme.token(), firmId, remote).isEmpty());
        }
        // Each replica applies the topics at its own pace: once both have read the same events they answer the same.
        List<Object> lastSeen = new java.util.ArrayList<>();
        eventually(
                "both replicas give " + firmId + " the same suggestions, reasons and scores",
                EVENT_TIMEOUT,
                () -> {
                    lastSeen.clear();
                    lastSeen.add(first.ranked(sme.token(), firmId));
                    lastSeen.add(second.ranked(sme.token(), firmId));
                    return lastSeen.get(0).equals(lastSeen.get(1));
                },
                () -> "; last answers: " + lastSeen);
    }

    @Test
    @Order(2)
    void whenTheReplicaInChargeOfAFirmStopsTheOtherPublishesItsUpdates() {
        Replica inCharge = first.owns(firmId) ? first : second;
        Replica other = inCharge == first ? second : first;
        assertTrue(inCharge.owns(firmId), "one of the two replicas is in charge of " + firmId);
        inCharge.stop();
        try (KafkaProbe updates = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            String later = Platform.organisation("replica-later", Platform.unique("Replica Later AB"), "SE", "COMPANY");
            Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", later, "SUPPLIER", "CO_DEVELOPMENT");
            updates.await(
                    "the firm's update after the replica in charge of it stopped",
                    updateOf(firmId, "COLLABORATION_CHANGED", other),
                    EVENT_TIMEOUT);
        }
        assertTrue(other.owns(firmId), "the remaining replica was assigned the firm's partition");
    }

    private static Predicate<KafkaProbe.Received> updateOf(String firm, String cause, Replica... replicas) {
        return r -> firm.equals(r.key())
                && "RecommendationsUpdated".equals(r.type())
                && cause.equals(r.event().path("data").path("cause").asText())
                && List.of(replicas).stream().anyMatch(replica -> replica.sent(r));
    }

    /** A recommendations process started from the built jar, on a free port. */
    private record Replica(int port, String group, Process process) {

        static Replica start(String group) {
            int port = freePort();
            Path jar =
                    RealStack.repositoryRoot().resolve("services/recommendations/target/quarkus-app/quarkus-run.jar");
            Path log =
                    RealStack.repositoryRoot().resolve("system-tests/target/recommendations-replica-" + port + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("KNOWBRIDGE_HTTP_PORT", Integer.toString(port));
            builder.environment().put("KNOWBRIDGE_PUBLISHERS_GROUP", group);
            builder.environment().put("PARTNER_GRAPH_URL", Service.PARTNER_GRAPH.url());
            builder.environment().put("INTRODUCTIONS_URL", Service.INTRODUCTIONS.url());
            try {
                return new Replica(port, group, builder.start());
            } catch (IOException e) {
                throw new IllegalStateException("could not start a recommendations replica", e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        /** The name its records carry ({@link EventPublisher#INSTANCE_HEADER}): it ends with its port. */
        boolean sent(KafkaProbe.Received record) {
            String instance = record.header(EventPublisher.INSTANCE_HEADER);
            return instance != null && instance.endsWith(":" + port);
        }

        void awaitReady() {
            eventually("recommendations replica on port " + port + " ready", READY_TIMEOUT, () -> {
                if (!process.isAlive()) {
                    throw new AssertionError(
                            "the replica on port " + port + " exited; see its log in system-tests/target");
                }
                return RunningPlatform.ready(url())
                        && owned().isPresent()
                        && !owned().get().isEmpty();
            });
        }

        /** Whether the group assigns it the partition of the firms topic the firm's events are in. */
        boolean owns(String firm) {
            return owned().orElse(Set.of()).contains(KeyPartitions.partitionOf(firm, partitionsOfFirms()));
        }

        /** The partitions its publishers group assigns it now, as Kafka describes the group; empty when not a member. */
        Optional<Set<Integer>> owned() {
            try (Admin admin = admin()) {
                return admin
                        .describeConsumerGroups(List.of(group))
                        .describedGroups()
                        .get(group)
                        .get(10, TimeUnit.SECONDS)
                        .members()
                        .stream()
                        .filter(member -> member.clientId().endsWith(":" + port))
                        .findFirst()
                        .map(MemberDescription::assignment)
                        .map(assignment -> Set.copyOf(assignment.topicPartitions().stream()
                                .map(tp -> tp.partition())
                                .toList()));
            } catch (Exception e) {
                return Optional.empty();
            }
        }

        Response recommendations(String token, String firm) {
            return given().baseUri(url())
                    .auth()
                    .oauth2(token)
                    .accept(ContentType.JSON)
                    .queryParam("limit", 50)
                    .get("/api/v1/firms/" + firm + "/recommendations");
        }

        List<String> partners(String token, String firm, Map<String, String> filters) {
            Response response = given().baseUri(url())
                    .auth()
                    .oauth2(token)
                    .accept(ContentType.JSON)
                    .queryParam("limit", 50)
                    .queryParams(filters)
                    .get("/api/v1/firms/" + firm + "/recommendations");
            return response.statusCode() == 200
                    ? response.jsonPath().getList("recommendations.partnerId", String.class)
                    : List.of();
        }

        /** What a user is told: each suggestion's partner, score and reasons (as JSON values), in order. */
        List<Map<String, Object>> ranked(String token, String firm) {
            Response response = recommendations(token, firm);
            assertEquals(200, response.statusCode(), response.asString());
            List<Map<String, Object>> suggestions = response.jsonPath().getList("recommendations");
            return suggestions.stream()
                    .map(s -> Map.of(
                            "partnerId", s.get("partnerId"),
                            "score", s.get("score"),
                            "reasons", s.get("reasons")))
                    .toList();
        }

        void stop() {
            if (process.isAlive()) {
                // SIGTERM: a graceful stop, as Kubernetes stops a pod.
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static int partitionsOfFirms() {
            try (Admin admin = admin()) {
                return admin.describeTopics(List.of(Topic.FIRMS.topicName()))
                        .allTopicNames()
                        .get(10, TimeUnit.SECONDS)
                        .get(Topic.FIRMS.topicName())
                        .partitions()
                        .size();
            } catch (Exception e) {
                throw new IllegalStateException("could not describe " + Topic.FIRMS.topicName(), e);
            }
        }

        private static Admin admin() {
            String servers = System.getProperty("knowbridge.kafka", System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
            return Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    servers == null || servers.isBlank() ? "127.0.0.1:9092" : servers));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
