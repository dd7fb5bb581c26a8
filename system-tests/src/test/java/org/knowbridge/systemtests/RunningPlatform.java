package org.knowbridge.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.knowbridge.platform.testing.RealStack;

/**
 * The whole platform as its users meet it: the real stack, the four services and the portal running as processes
 * (their built jars, through {@code ./knowbridge start}). Services already running are used as they are;
 * those started here are stopped again when every system test has run. A service's address can be given as the
 * system property {@code knowbridge.<service>.url} (e.g. a second platform on other ports); it must then be running.
 */
public final class RunningPlatform implements BeforeAllCallback {

    /** A service of the platform and where it listens. */
    public enum Service {
        FIRM_PROFILES("firm-profiles", 8081, true),
        PARTNER_GRAPH("partner-graph", 8082, true),
        RECOMMENDATIONS("recommendations", 8083, true),
        INTRODUCTIONS("introductions", 8084, true),
        /** Web pages for people over the four APIs; no contract of its own. */
        PORTAL("portal", 8080, false);

        private final String name;
        private final int port;
        private final boolean api;

        Service(String name, int port, boolean api) {
            this.name = name;
            this.port = port;
            this.api = api;
        }

        /** The services with an API contract under api-specs/. */
        public static List<Service> apis() {
            return Arrays.stream(values()).filter(service -> service.api).toList();
        }

        /** Its name, as {@code ./knowbridge} and api-specs/ call it. */
        public String serviceName() {
            return name;
        }

        public String url() {
            return System.getProperty("knowbridge." + name + ".url", "http://127.0.0.1:" + port);
        }

        /** Given by a system property: someone else runs it, on an address of their own. */
        boolean elsewhere() {
            return System.getProperty("knowbridge." + name + ".url") != null;
        }

        public boolean ready() {
            return RunningPlatform.ready(url());
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Whether the service at this base URL answers its readiness check with 200. */
    static boolean ready(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RunningPlatform.class);
    private static final long COMMAND_TIMEOUT_MINUTES = 5;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Once for the whole run: the root store closes what it holds after the last test class.
        context.getRoot().getStore(NAMESPACE).computeIfAbsent("platform", key -> start(), StartedServices.class);
    }

    private static StartedServices start() {
        RealStack.ensureRunning();
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            if (service.elsewhere()) {
                awaitReady(service);
            } else if (!service.ready()) {
                missing.add(service.name);
            }
        }
        if (!missing.isEmpty()) {
            knowbridge("start", missing);
        }
        return new StartedServices(missing);
    }

    /** A service someone else runs may be busy a moment (its readiness checks its stores): it gets a minute. */
    private static void awaitReady(Service service) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!service.ready()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.name + " is not ready at " + service.url());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name, e);
            }
        }
    }

    /** Stops a service as an operator would (SIGTERM, graceful shutdown) and starts it again; returns once it is ready. */
    public static void restart(Service service) {
        knowbridge("stop", List.of(service.name));
        knowbridge("start", List.of(service.name));
    }

    /** Stops a service; {@link #start(Service)} brings it back. */
    public static void stop(Service service) {
        knowbridge("stop", List.of(service.name));
    }

    public static void start(Service service) {
        knowbridge("start", List.of(service.name));
    }

    private static void knowbridge(String command, List<String> services) {
        List<String> line = new ArrayList<>(
                List.of("bash", RealStack.repositoryRoot().resolve("knowbridge").toString(), command));
        line.addAll(services);
        int exit = RealStack.runInRepository(line, true, COMMAND_TIMEOUT_MINUTES);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", line) + " exited " + exit + "; see .stack/logs");
        }
    }

    /** The services this run started, stopped again at its end so that the machine is left as found. */
    private record StartedServices(List<String> names) implements AutoCloseable {
        @Override
        public void close() {
            if (!names.isEmpty()) {
                knowbridge("stop", names);
            }
        }
    }
}
