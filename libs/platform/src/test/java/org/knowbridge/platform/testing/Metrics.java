package org.knowbridge.platform.testing;

import static io.restassured.RestAssured.given;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the service's Prometheus metrics at {@code /q/metrics} as an anonymous caller. */
public final class Metrics {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern PORT_EXPRESSION = Pattern.compile("\\$\\{(\\w+):(\\d+)}");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Metrics() {}

    /** The whole exposition, checked to be served without a token. */
    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The sum of the samples named {@code name} whose labels include {@code labels}; 0 when there is none, NaN when
     * a matching sample is NaN.
     */
    public static double value(String name, Map<String, String> labels) {
        return value(scrape(), name, labels);
    }

    /**
     * Like {@link #value(String, Map)}, summed over the service under test and the instance of the same service
     * running at its configured port, if one does (e.g. the demo's): work that one instance of a service claims for
     * all, such as relaying the shared outbox, is counted by whichever instance did it.
     */
    public static double valueAcrossInstances(String name, Map<String, String> labels) {
        return value(name, labels)
                + runningInstanceExposition()
                        .map(text -> value(text, name, labels))
                        .orElse(0.0);
    }

    /**
     * Waits until the sum of those samples reaches {@code atLeast} (metrics of asynchronous work move a little
     * later), up to the timeout; the last value read.
     */
    public static double awaitAtLeast(String name, Map<String, String> labels, double atLeast, Duration timeout) {
        return await(() -> value(name, labels), atLeast, timeout);
    }

    /** {@link #awaitAtLeast} over {@link #valueAcrossInstances}. */
    public static double awaitAtLeastAcrossInstances(
            String name, Map<String, String> labels, double atLeast, Duration timeout) {
        return await(() -> valueAcrossInstances(name, labels), atLeast, timeout);
    }

    private static Optional<Integer> configuredPort() {
        Properties properties = new Properties();
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            properties.load(in);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        String value = properties.getProperty("quarkus.http.port", "").trim();
        Matcher expression = PORT_EXPRESSION.matcher(value);
        if (expression.matches()) {
            value = Optional.ofNullable(System.getenv(expression.group(1))).orElse(expression.group(2));
        }
        return value.matches("\\d+") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    private static double await(DoubleSupplier read, double atLeast, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        double value = read.getAsDouble();
        while (!(value >= atLeast) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.getAsDouble();
        }
        return value;
    }

    /**
     * The metrics of the instance at the port the service listens on outside tests (its application.properties'
     * {@code quarkus.http.port}, e.g. {@code ${KNOWBRIDGE_HTTP_PORT:8081}}), when one answers there. Not the
     * test's own instance: tests listen on a free port, and Quarkus reports that one as {@code quarkus.http.port}.
     */
    private static Optional<String> runningInstanceExposition() {
        Optional<Integer> port = configuredPort();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get() + "/q/metrics"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty(); // nothing runs there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public static double value(String exposition, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            // name{labels} value [# {exemplar labels} value timestamp]: a traced sample carries an exemplar.
            String sample = line.split(" # ", 2)[0];
            int labelsEnd = sample.startsWith(name + "{") ? sample.lastIndexOf('}') + 1 : name.length();
            if (labelsOf(sample.substring(name.length(), labelsEnd)).entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.substring(labelsEnd).trim().split("\\s+")[0]);
            }
        }
        return sum;
    }

    /** Whether a sample of that name is exposed at all. */
    public static boolean exposes(String exposition, String name) {
        return exposition.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    private static Map<String, String> labelsOf(String text) {
        Map<String, String> labels = new HashMap<>();
        Matcher matcher = LABEL.matcher(text);
        while (matcher.find()) {
            labels.put(matcher.group(1), matcher.group(2));
        }
        return labels;
    }
}
