package org.knowbridge.systemtests.chaos;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.knowbridge.systemtests.Calls;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * Requests of the chaos run: bounded in time, and never throwing, since a service, the broker or Keycloak may be
 * down at any moment; a request that got no answer reads as status 0.
 */
final class Api {

    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    private static final int ANSWER_TIMEOUT_MILLIS = 20_000;
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", CONNECT_TIMEOUT_MILLIS)
                    .setParam("http.socket.timeout", ANSWER_TIMEOUT_MILLIS));

    private Api() {}

    /** What a request got: the status (0 without an answer), the body, and how long it took. */
    record Answer(int status, String body, Duration took) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /** {@code user} sends the request {@code call} builds on the service. */
    private static Answer send(
            String user,
            Service service,
            UnaryOperator<RequestSpecification> call,
            Function<RequestSpecification, Response> method) {
        long start = System.nanoTime();
        try {
            Response response = method.apply(call.apply(Calls.as(user, service).config(BOUNDED)));
            return new Answer(response.statusCode(), response.asString(), Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            // Refused connection (rest-assured throws it undeclared), timeout, or no token while Keycloak is down.
            return new Answer(0, String.valueOf(e.getMessage()), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    static Answer get(String user, Service service, String path) {
        return send(user, service, UnaryOperator.identity(), request -> request.get(path));
    }

    static Answer post(String user, Service service, String path, String json) {
        return send(
                user, service, request -> json == null ? request : request.body(json), request -> request.post(path));
    }

    /** Uploads a file of the given media type (as bytes: rest-assured serialises text only for types it knows). */
    static Answer upload(String user, Service service, String path, String content, String mediaType) {
        return send(
                user,
                service,
                request -> request.contentType(mediaType + "; charset=UTF-8")
                        .body(content.getBytes(StandardCharsets.UTF_8)),
                request -> request.post(path));
    }

    static Answer put(String user, Service service, String path, String json) {
        return send(user, service, request -> request.body(json), request -> request.put(path));
    }
}
