package org.knowbridge.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The limits every service puts on abuse: writes per caller (run with {@link LowWriteRateLimit}), bodies
 * over the size limit also when sent without a length, and metrics that never carry a raw request path. A
 * service's test extends this with {@code @QuarkusTest} and {@code @TestProfile(LowWriteRateLimit.class)}.
 */
public abstract class AbuseLimitsContract {

    /** A write of the service that reads a JSON body, and a demo user allowed to make it. */
    public record JsonWrite(String method, String path, String user) {}

    protected abstract JsonWrite jsonWrite();

    /** The path of one resource of the service with the given id, e.g. {@code /api/v1/firms/<id>}. */
    protected abstract String itemPath(String id);

    /** The route template of {@link #itemPath}, as metrics label it. */
    protected abstract String itemTemplate();

    @Test
    void aCallerOverTheWriteLimitGets429WithRetryAfterWhileOthersAndReadsGoOn() {
        JsonWrite write = jsonWrite();
        String visitor = DemoUsers.token(DemoUsers.VISITOR);
        double refusedBefore = Metrics.value("knowbridge_rate_limit_refusals_total", Map.of("caller", "user"));
        for (int i = 0; i < LowWriteRateLimit.BURST; i++) {
            send(visitor, write).then().statusCode(not(429));
        }

        Response refused = send(visitor, write);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:too-many-requests"))
                .body("detail", containsString("retry in"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // One write a minute is earned back: the next is at most a minute away.
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(refused.jsonPath().getString("detail").contains(retryAfter + " second"), refused.asString());

        // Another caller has a bucket of its own, and reads are not limited.
        send(DemoUsers.token(DemoUsers.ADMIN), write).then().statusCode(not(429));
        given().auth().oauth2(visitor).when().get(itemPath("x")).then().statusCode(not(429));
        assertEquals(
                refusedBefore + 1, Metrics.value("knowbridge_rate_limit_refusals_total", Map.of("caller", "user")));
    }

    @Test
    void anonymousWritesAreLimitedByAddressAndTheirPathsStayOutOfTheMetrics() {
        String fakeId = "ratelimited" + UUID.randomUUID().toString().replace("-", "");
        int status = 0;
        for (int i = 0; i <= LowWriteRateLimit.BURST && status != 429; i++) {
            status = given().contentType("application/json")
                    .body("{}")
                    .when()
                    .delete(itemPath(fakeId))
                    .statusCode();
        }
        assertEquals(429, status, "the anonymous writes of one address share a bucket");
        assertFalse(Metrics.scrape().contains(fakeId), "a refused request is labelled without its path");
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        // A real token of the realm, from a client without the knowbridge-api audience mapper (a service's own).
        String otherAudience = DemoUsers.clientToken("firm-profiles", "firm-profiles-secret");
        given().auth()
                .oauth2(otherAudience)
                .when()
                .get(itemPath("x"))
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(itemPath("x"))
                .then()
                .statusCode(not(401));
    }

    @Test
    void aChunkedBodyOverTheLimitIsAProblem413() throws IOException {
        long limit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(10L * 1024 * 1024);
        JsonWrite write = jsonWrite();
        String token = DemoUsers.token(write.user());
        // A small chunked body still reaches the endpoint, which reads it as JSON and finds fields missing.
        String small = sendChunked(write, token, 0);
        assertTrue(small.startsWith("HTTP/1.1 400 "), small);
        assertTrue(small.contains("urn:knowbridge:problem:validation-failed"), small);

        String answer = sendChunked(write, token, limit + 64 * 1024);

        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("urn:knowbridge:problem:payload-too-large"), answer);
    }

    @Test
    void metricsLabelRequestsByRouteTemplateNeverByRawPath() {
        String fakeId = "leak" + UUID.randomUUID().toString().replace("-", "");
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        given().when().get(itemPath(fakeId)).then().statusCode(401);
        given().auth().oauth2(admin).when().get(itemPath(fakeId)).then().statusCode(not(200));
        given().auth().oauth2(admin).when().get(itemPath(fakeId + " x")).then().statusCode(400);
        given().auth().oauth2(admin).when().get("/api/v1/" + fakeId).then().statusCode(404);
        given().when().get("/" + fakeId).then().statusCode(404);

        String metrics = Metrics.scrape();
        assertFalse(metrics.contains(fakeId), "no raw path in the metrics");
        assertTrue(
                metrics.lines()
                        .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                                && line.contains("status=\"401\"")
                                && line.contains("uri=\"" + itemTemplate() + "\"")),
                "the 401 is counted under the route template " + itemTemplate());
    }

    private static Response send(String token, JsonWrite write) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{}")
                .when()
                .request(write.method(), write.path());
    }

    /** Sends a JSON body of about {@code size} bytes in chunks, without Content-Length, and reads the answer. */
    private static String sendChunked(JsonWrite write, String token, long size) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((write.method() + " " + write.path() + " HTTP/1.1\r\n"
                            + "Host: 127.0.0.1\r\n"
                            + "Authorization: Bearer " + token + "\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'a');
            try {
                writeChunk(out, "{\"unknownField\":\"".getBytes(StandardCharsets.US_ASCII));
                for (long sent = 0; sent < size; sent += filler.length) {
                    writeChunk(out, filler);
                }
                writeChunk(out, "\"}".getBytes(StandardCharsets.US_ASCII));
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before the whole body is sent: read what it answered.
            }
            return readAnswer(socket.getInputStream());
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (SocketException e) {
            // A reset after the answer: keep what arrived.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
