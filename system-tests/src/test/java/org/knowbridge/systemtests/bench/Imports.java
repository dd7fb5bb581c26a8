package org.knowbridge.systemtests.bench;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.knowbridge.platform.importing.ImportState;
import org.knowbridge.platform.testing.DemoUsers;

/**
 * The bulk imports of the CORDIS dataset, timed from the upload to the job's end, as the demo agency does them.
 * On the running demo the data is already there, so these imports find every row unchanged; the first imports
 * are timed by {@code ./knowbridge up} itself (see {@link FirstImports}).
 */
final class Imports {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final Path dataset;

    Imports(Path dataset) {
        this.dataset = dataset;
    }

    /** Seconds for organisations, projects and participations into partner-graph, and how the job ended. */
    String partnerGraph() throws InterruptedException {
        long start = System.nanoTime();
        String id = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .multiPart("organisations", dataset.resolve("organisations.csv").toFile(), "text/csv")
                .multiPart("projects", dataset.resolve("projects.csv").toFile(), "text/csv")
                .multiPart(
                        "participations", dataset.resolve("participations.csv").toFile(), "text/csv")
                .post(Demo.PARTNER_GRAPH + "/api/v1/imports?source=cordis")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath job = awaitEnd(Demo.PARTNER_GRAPH + "/api/v1/imports/" + id, "state");
        return seconds(start) + " (" + job.getString("state") + ")";
    }

    /** Seconds for organisations.csv (its SMEs become firms) into firm-profiles, and how the job ended. */
    String firmProfiles() throws Exception {
        long start = System.nanoTime();
        String location = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType("text/csv")
                .body(Files.readAllBytes(dataset.resolve("organisations.csv")))
                .post(Demo.FIRM_PROFILES + "/api/v1/firms/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        JsonPath job = awaitEnd(location, "status");
        return seconds(start) + " (" + job.getString("status") + ")";
    }

    private static JsonPath awaitEnd(String url, String stateField) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath job = given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .get(url)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (ImportState.valueOf(job.getString(stateField)).finished()) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " did not end within " + LIMIT);
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** How long {@code ./knowbridge up} took to import the dataset into an empty platform, as it noted. */
    record FirstImports(String partnerGraph, String firmProfiles) {

        static FirstImports read(Path stackDirectory) throws Exception {
            Path file = stackDirectory.resolve("run/demo-import.seconds");
            if (!Files.exists(file)) {
                return null;
            }
            String partnerGraph = "-";
            String firmProfiles = "-";
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && parts[0].equals("partner-graph")) {
                    partnerGraph = parts[1] + " s";
                } else if (parts.length == 2 && parts[0].equals("firm-profiles")) {
                    firmProfiles = parts[1] + " s";
                }
            }
            return new FirstImports(partnerGraph, firmProfiles);
        }
    }
}
