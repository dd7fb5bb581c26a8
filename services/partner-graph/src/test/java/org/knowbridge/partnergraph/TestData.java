package org.knowbridge.partnergraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.knowbridge.platform.testing.DemoUsers;

/** Builds test data through the API, with keys unique to the run: the graph is shared and persistent. */
public final class TestData {

    private TestData() {}

    public static String newKey() {
        return "test:" + UUID.randomUUID();
    }

    /** A source prefix of its own, so an import's keys are new in every run. */
    /** A word of letters only ("zq" and ten more), new in every run: areas and names no other data has. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        // Each hex digit as a letter (0 → a … f → p): a UUID may have too few letters of its own.
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** Imports the three files of a dataset under {@code source} and waits until the import has succeeded. */
    public static void importDataset(String source, String organisations, String projects, String participations) {
        String state = awaitImport(startImport(
                        source, "organisations", organisations, "projects", projects, "participations", participations))
                .getString("state");
        if (!"SUCCEEDED".equals(state)) {
            throw new AssertionError("the import of " + source + " ended " + state);
        }
    }

    public static String newSource() {
        return "t"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** Creates the organisation, or replaces it from its current ETag when an earlier run left it behind. */
    public static String organisation(
            String key, String name, String country, String type, boolean sme, String sector) {
        String body = "{\"name\": \"" + name + "\", \"country\": \"" + country + "\", \"type\": \"" + type
                + "\", \"sme\": " + sme + (sector == null ? "" : ", \"sector\": \"" + sector + "\"") + "}";
        assertThat(putFromCurrentVersion(DemoUsers.ADMIN, key, body), anyOf(equalTo(200), equalTo(201)));
        return key;
    }

    /**
     * PUTs the organisation as {@code user} with If-Match naming its current version (none when it does not
     * exist) and returns the status. The graph is shared and the firm mirror rewrites demo firms, so a 412
     * (changed meanwhile) reads it again and retries, as a client should.
     */
    public static int putFromCurrentVersion(String user, String key, String body) {
        int status = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            var request = given().auth()
                    .oauth2(DemoUsers.token(user))
                    .contentType(ContentType.JSON)
                    .body(body);
            String etag = etag(key);
            status = (etag == null ? request : request.header("If-Match", etag))
                    .when()
                    .put("/api/v1/organisations/" + key)
                    .then()
                    .extract()
                    .statusCode();
            if (status != 412 && status != 428) {
                return status;
            }
        }
        return status;
    }

    /** The demo partner's organisation (its org_id), written by the partner itself: a partner's organisation. */
    public static final String DEMO_PARTNER_ORGANISATION = "org-partner-demo";

    public static String demoPartnerOrganisation() {
        String body = "{\"name\": \"Demo Partner GmbH\", \"country\": \"DE\", \"type\": \"COMPANY\", \"sme\": true}";
        assertThat(
                putFromCurrentVersion(DemoUsers.PARTNER, DEMO_PARTNER_ORGANISATION, body),
                anyOf(equalTo(200), equalTo(201)));
        return DEMO_PARTNER_ORGANISATION;
    }

    /** The organisation's current ETag, or null when there is no such organisation. */
    public static String etag(String key) {
        var response = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .extract();
        return response.statusCode() == 200 ? response.header("ETag") : null;
    }

    public static String collaboration(
            String first, String firstKind, String second, String secondKind, String channel, int startYear) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body(collaborationBody(first, firstKind, second, secondKind, channel, startYear, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    public static String collaborationBody(
            String first,
            String firstKind,
            String second,
            String secondKind,
            String channel,
            int startYear,
            Integer endYear) {
        return """
                {"parties": [{"organisationKey": "%s", "partnerKind": "%s"}, {"organisationKey": "%s", "partnerKind": "%s"}],
                 "channel": "%s", "startYear": %d%s}
                """.formatted(
                        first,
                        firstKind,
                        second,
                        secondKind,
                        channel,
                        startYear,
                        endYear == null ? "" : ", \"endYear\": " + endYear);
    }

    /** Uploads the files given as (part name, CSV text) pairs and returns the job's id. */
    public static String startImport(String source, String... partsAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < partsAndContents.length; i += 2) {
            files.put(partsAndContents[i], partsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return startImport(source, files);
    }

    /** Uploads the files given by part name, byte for byte, and returns the job's id. */
    public static String startImport(String source, Map<String, byte[]> files) {
        var request = given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).queryParam("source", source);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            request = request.multiPart(file.getKey(), file.getKey() + ".csv", file.getValue(), "text/csv");
        }
        return request.when()
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    /** Follows the job until it has finished (or a generous deadline passes) and returns its last state. */
    /** The foreign-collaboration indicator as the admin reads it, with these query parameters. */
    public static JsonPath indicator(Map<String, String> query) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .queryParams(query)
                .when()
                .get("/api/v1/indicators/foreign-collaboration")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static JsonPath awaitImport(String id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonPath job = given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .when()
                    .get("/api/v1/imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String state = job.getString("state");
            if (state.equals("SUCCEEDED")
                    || state.equals("FAILED")
                    || Instant.now().isAfter(deadline)) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }
}
