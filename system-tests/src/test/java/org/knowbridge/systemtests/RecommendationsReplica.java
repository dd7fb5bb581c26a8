package org.knowbridge.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.knowbridge.systemtests.Calls.eventually;

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
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.messaging.KeyPartitions;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * A recommendations process started from the built jar, on a free port, beside the running platform: a second
 * replica for the replica tests and the benchmark.
 */
public record RecommendationsReplica(int port, String group, Process process) {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /** Starts one whose publishing duty is shared in the consumer group {@code group}; not yet ready. */
    public static RecommendationsReplica start(String group) {
        int port = freePort();
        Path jar = RealStack.repositoryRoot().resolve("services/recommendations/target/quarkus-app/quarkus-run.jar");
        Path log = RealStack.repositoryRoot().resolve("system-tests/target/recommendations-replica-" + port + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KNOWBRIDGE_HTTP_PORT", Integer.toString(port));
        builder.environment().put("KNOWBRIDGE_PUBLISHERS_GROUP", group);
        builder.environment().put("PARTNER_GRAPH_URL", Service.PARTNER_GRAPH.url());
        builder.environment().put("INTRODUCTIONS_URL", Service.INTRODUCTIONS.url());
        try {
            return new RecommendationsReplica(port, group, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("could not start a recommendations replica", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The name its records carry ({@link EventPublisher#INSTANCE_HEADER}): it ends with its port. */
    boolean sent(KafkaProbe.Received record) {
        String instance = record.header(EventPublisher.INSTANCE_HEADER);
        return instance != null && instance.endsWith(":" + port);
    }

    public void awaitReady() {
        eventually("recommendations replica on port " + port + " ready", READY_TIMEOUT, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the replica on port " + port + " exited; see its log in system-tests/target");
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

    public void stop() {
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
