package org.knowbridge.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;

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

    /** HTTP/1.0 allows leaving Host out; we answer 400 rather than fail on it further along. */
    @Test
    void anHttp10RequestWithoutHostIsABadRequest() throws IOException {
        assertHostRefused(send("GET /api/v1/anything HTTP/1.0\r\n\r\n"));
    }

    /** HTTP/1.1 requires Host: the answer is our problem document, on every path, not the router's own. */
    @Test
    void anHttp11RequestWithoutHostIsAProblem400() throws IOException {
        for (String path : new String[] {"/q/health", "/api/v1/anything"}) {
            assertHostRefused(send("GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n"));
        }
    }

    @Test
    void aHostThatIsNoHostNameIsAProblem400() throws IOException {
        assertHostRefused(send("GET /q/health HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n"));
    }

    /** Channels name their topics in configuration; each must be one of the platform's topics, as Topic lists them. */
    @Test
    void everyKafkaChannelReadsATopicOfThePlatform() {
        Set<String> topics = Arrays.stream(Topic.values()).map(Topic::topicName).collect(Collectors.toSet());
        for (String name : ConfigProvider.getConfig().getPropertyNames()) {
            if (name.startsWith("mp.messaging.") && name.endsWith(".topic")) {
                String topic = ConfigProvider.getConfig().getValue(name, String.class);
                assertTrue(topics.contains(topic), name + " = " + topic + " is not a topic of " + topics);
            }
        }
    }

    /** A URI past the limit is refused in our words, naming the limit, before any endpoint reads it. */
    @Test
    void aUriPastTheLimitIsAProblem414() throws IOException {
        int limit = ConfigProvider.getConfig().getValue("knowbridge.http.max-uri-length", Integer.class);
        String answer = send("GET /api/v1/anything?q=" + "a".repeat(limit) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 414 "), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("urn:knowbridge:problem:uri-too-long"), answer);
        assertTrue(answer.contains("at most " + limit + " characters"), answer);
    }

    private static void assertHostRefused(String answer) {
        assertTrue(answer.startsWith("HTTP/1.0 400 ") || answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"field\":\"Host\""), answer);
    }

    /** Sends the request as written, byte for byte, and reads the answer until the server closes. */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().when()
                .get("/q/health/live")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer");
        given().when()
                .get("/api/v1/no-such-resource")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void swaggerUiStillLoads() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
