package org.knowbridge.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;

/** Requests to a running service on behalf of a user, and waiting for what the platform does by itself. */
public final class Calls {

    private Calls() {}

    /** A request of a demo user (demo-agency, demo-partner, demo-admin, ...) to a service. */
    public static RequestSpecification as(String demoUser, Service service) {
        return withToken(DemoUsers.token(demoUser), service);
    }

    static RequestSpecification withToken(String token, Service service) {
        return given().baseUri(service.url())
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Waits until the condition holds: events travel through Kafka, so their effects show a moment later. */
    public static void eventually(String what, Duration timeout, BooleanSupplier condition) {
        eventually(what, timeout, condition, () -> "");
    }

    /** As above; {@code lastSeen} tells, when it fails, what was seen last. */
    static void eventually(String what, Duration timeout, BooleanSupplier condition, Supplier<String> lastSeen) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what + lastSeen.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
    }
}
