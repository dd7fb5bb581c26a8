package org.knowbridge.firmprofiles.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;

/** Bulk onboarding by agencies: CORDIS and profile CSV, JSON Lines, per-line errors, idempotent re-imports. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmImportTest {

    private static final String IMPORTS = "/api/v1/firms/imports";

    @Test
    void cordisOrganisationsBecomeFirmsOnlyWhenTheyAreSmes() {
        String marker = TestFirms.uniqueName("Cordis");
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String csv = "id,name,country,type,sme,city,nuts\n"
                + base + "," + marker + " Alpha,EL,FIRM,true,Athens,EL303\n"
                + (base + 1) + ",\"" + marker + " Beta, Ltd\",UK,FIRM,true,\"London, City\",UKI31\n"
                + (base + 2) + "," + marker + " University,FI,UNIVERSITY,false,Espoo,FI1B1\n"
                + (base + 3) + "," + marker + " Nowhere,QQ,FIRM,true,,\n"
                + (base + 4) + "," + marker + " Gamma,US,FIRM,true,Boston,US\n";

        JsonPath job = runToEnd(upload("text/csv", csv));
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(5, job.getInt("totalLines"));
        assertEquals(5, job.getInt("processed"));
        assertEquals(3, job.getInt("created"));
        assertEquals(1, job.getInt("skipped"));
        assertEquals(1, job.getInt("failed"));
        assertEquals(5, job.getInt("errors[0].line"));
        assertEquals("country", job.getString("errors[0].field"));

        TestFirms.as(DemoUsers.AGENCY)
                .queryParam("q", marker + " Beta")
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items[0].legalName", equalTo(marker + " Beta, Ltd"))
                .body("items[0].country", equalTo("GB"))
                .body("items[0].nutsRegion", equalTo("UKI31"));
        String alpha = TestFirms.as(DemoUsers.AGENCY)
                .queryParam("q", marker + " Alpha")
                .get("/api/v1/firms")
                .then()
                .extract()
                .path("items[0].id");
        TestFirms.as(DemoUsers.AGENCY)
                .get("/api/v1/firms/" + alpha)
                .then()
                .statusCode(200)
                .body("externalId", equalTo("cordis:" + base))
                .body("country", equalTo("GR"))
                .body("onboardedBy", equalTo("org-agency-demo"));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndEmitsNoEvent() {
        String marker = TestFirms.uniqueName("Repeat");
        String csv = "externalId,legalName,country,sector,employees,knowledgeAreasOffered\n"
                + "test:" + marker.replace(' ', '-') + "-1," + marker + " One,DK,C10.5,12,dairy|food safety\n"
                + "test:" + marker.replace(' ', '-') + "-2," + marker + " Two,DK,,,\n";
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.FIRMS)) {
            JsonPath first = runToEnd(upload("text/csv", csv));
            assertEquals(2, first.getInt("created"));
            List<String> ids = TestFirms.as(DemoUsers.AGENCY)
                    .queryParam("q", marker)
                    .get("/api/v1/firms")
                    .then()
                    .extract()
                    .path("items.id");
            assertEquals(2, ids.size());
            // The first import's events are relayed asynchronously: wait for them, so they are not taken for the
            // re-import's.
            List<KafkaProbe.Received> registered =
                    topic.awaitAll(KafkaProbe.keyIn(ids), events -> events.size() >= 2, Duration.ofSeconds(60));
            assertEquals(2, registered.size(), "the first import registered both firms");
            // Consumers tie an imported firm to its register entry and its agency through these fields.
            assertEquals(
                    Set.of("test:" + marker.replace(' ', '-') + "-1", "test:" + marker.replace(' ', '-') + "-2"),
                    registered.stream()
                            .map(r -> r.event().path("data").path("externalId").asText())
                            .collect(Collectors.toSet()));
            registered.forEach(r -> assertEquals(
                    "org-agency-demo",
                    r.event().path("data").path("onboardedBy").asText()));
            registered.forEach(r ->
                    assertTrue(EventSchemas.violations(r.event()).isEmpty(), () -> "breaks its schema: " + r.event()));

            JsonPath again = runToEnd(upload("text/csv", csv));
            assertEquals(0, again.getInt("created"));
            assertEquals(0, again.getInt("updated"));
            assertEquals(2, again.getInt("unchanged"));
            assertEquals(
                    2,
                    topic.readFor(Duration.ofSeconds(3), KafkaProbe.keyIn(ids)).size(),
                    "a re-import that changes nothing emits no event");
        }
        TestFirms.as(DemoUsers.AGENCY)
                .queryParam("q", marker + " One")
                .get("/api/v1/firms")
                .then()
                .body("items[0].sizeClass", equalTo("SMALL"))
                .body("items[0].knowledgeAreasOffered", hasItem("food safety"));
    }

    @Test
    void jsonLinesUpsertByExternalIdAndReportBadLines() {
        String marker = TestFirms.uniqueName("Lines");
        String externalId = "test:" + marker.replace(' ', '-');
        String jsonl =
                "{\"externalId\": \"" + externalId + "\", \"legalName\": \"" + marker + "\", \"country\": \"AT\"}\n"
                        + "{\"externalId\": \"x:1\", \"legalName\": \"Bad\", \"country\": \"AT\", \"colour\": \"red\"}\n"
                        + "{\"legalName\": \"No id\", \"country\": \"AT\"}\n"
                        + "{\"externalId\": \"x:2\", \"legalName\": \n"
                        + "{\"externalId\": \"x:3\", \"legalName\": \"Bad numbers\", \"country\": \"AT\", \"employees\": -4}\n";
        JsonPath job = runToEnd(upload("application/x-ndjson", jsonl));
        assertEquals(5, job.getInt("processed"));
        assertEquals(1, job.getInt("created"));
        assertEquals(4, job.getInt("failed"));
        assertEquals(List.of(2, 3, 4, 5), job.getList("errors.line"));
        assertEquals(List.of("colour", "externalId", "line", "employees"), job.getList("errors.field"));

        String update = "{\"externalId\": \"" + externalId + "\", \"legalName\": \"" + marker
                + "\", \"country\": \"AT\", \"employees\": 70}\n";
        JsonPath again = runToEnd(upload("application/x-ndjson", update));
        assertEquals(0, again.getInt("created"));
        assertEquals(1, again.getInt("updated"));
        TestFirms.as(DemoUsers.AGENCY)
                .queryParam("q", marker)
                .get("/api/v1/firms")
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].sizeClass", equalTo("MEDIUM"));
    }

    @Test
    void anInvalidJsonLineSaysWhatIsWrongInWordsWithoutParserInternals() {
        String marker = TestFirms.uniqueName("Json");
        String id = "test:" + marker.replace(' ', '-');
        String jsonl = "{\"externalId\": \"" + id + "\", \"legalName\": \"" + marker + "\", \"country\": \"AT\"}\n"
                + "{\"externalId\": x:2}\n"
                + "{\"externalId\": \"x:3\", \"legalName\": \n"
                + "[\"x:4\", \"Array\"]\n"
                + "{\"externalId\": \"x:5\"} trailing\n"
                + "{\"externalId\": \"x:6\"} {}\n";
        JsonPath job = runToEnd(upload("application/x-ndjson", jsonl));
        assertEquals(1, job.getInt("created"));
        assertEquals(List.of(2, 3, 4, 5, 6), job.getList("errors.line"));
        assertEquals(
                List.of(
                        "is not valid JSON: unexpected character at column 16",
                        "is not valid JSON: the line ends before the object is complete",
                        "expected an object, found array",
                        "is not valid JSON: unexpected character at column 23",
                        "is not valid JSON: unexpected content after the object at column 23"),
                job.getList("errors.message"));
        for (String message : job.<String>getList("errors.message")) {
            assertFalse(
                    message.contains("Source") || message.contains("jackson") || message.contains("token '"),
                    "no parser internals: " + message);
        }
    }

    @Test
    void aRepeatedExternalIdInOneFileIsThatLinesErrorAndTheFirstImports() {
        String marker = TestFirms.uniqueName("Twice");
        String id = "test:" + marker.replace(' ', '-');
        String csv = "externalId,legalName,country\n"
                + id + "," + marker + " First,FI\n"
                + id + "-other," + marker + " Other,FI\n"
                + id + "," + marker + " Second,FI\n";
        JsonPath job = runToEnd(upload("text/csv", csv));
        assertEquals(2, job.getInt("created"));
        assertEquals(0, job.getInt("updated"));
        assertEquals(1, job.getInt("failed"));
        assertEquals(4, job.getInt("errors[0].line"));
        assertEquals("externalId", job.getString("errors[0].field"));
        assertEquals("duplicate externalId " + id + ": first used on line 2", job.getString("errors[0].message"));
        TestFirms.as(DemoUsers.AGENCY)
                .queryParam("q", marker + " First")
                .get("/api/v1/firms")
                .then()
                .body("items.size()", equalTo(1));
        TestFirms.as(DemoUsers.AGENCY)
                .queryParam("q", marker + " Second")
                .get("/api/v1/firms")
                .then()
                .body("items.size()", equalTo(0));

        String jsonl = "{\"externalId\": \"" + id + "-json\", \"legalName\": \"" + marker
                + " J\", \"country\": \"FI\"}\n" + "{\"externalId\": \"" + id + "-json\", \"legalName\": \"" + marker
                + " K\", \"country\": \"FI\"}\n";
        JsonPath lines = runToEnd(upload("application/x-ndjson", jsonl));
        assertEquals(1, lines.getInt("created"));
        assertEquals(
                "duplicate externalId " + id + "-json: first used on line 1", lines.getString("errors[0].message"));
    }

    @Test
    void anAgencyListsItsOwnPastImportsNewestFirstAndAnAdminAll() {
        String first = jobId(upload("text/csv", "externalId,legalName,country\n"));
        String second = jobId(upload("text/csv", "externalId,legalName,country\n"));
        String third = jobId(upload("text/csv", "externalId,legalName,country\n"));
        String byAdmin = jobId(given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType("text/csv")
                .body("externalId,legalName,country\n")
                .when()
                .post(IMPORTS)
                .then()
                .statusCode(202)
                .extract()
                .header("Location"));

        List<String> agencySees = listAll(DemoUsers.AGENCY, 2, Set.of(first, second, third));
        assertTrue(
                agencySees.indexOf(third) < agencySees.indexOf(second)
                        && agencySees.indexOf(second) < agencySees.indexOf(first),
                "newest first: " + agencySees);
        assertFalse(agencySees.contains(byAdmin), "an agency never sees another owner's import");

        List<String> adminSees = listAll(DemoUsers.ADMIN, 100, Set.of(first, byAdmin));
        assertTrue(adminSees.contains(first) && adminSees.contains(byAdmin));
    }

    @Test
    void theListIsForAgenciesAndAdminsWithBoundedPages() {
        for (String user : new String[] {DemoUsers.SME, DemoUsers.PARTNER}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .get(IMPORTS)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get(IMPORTS).then().statusCode(401);
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        for (String limit : new String[] {"0", "101"}) {
            given().auth()
                    .oauth2(agency)
                    .queryParam("limit", limit)
                    .get(IMPORTS)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("limit"));
        }
        given().auth()
                .oauth2(agency)
                .queryParam("cursor", "not-a-cursor")
                .get(IMPORTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    /** The ids the user's list shows, page by page, until every wanted one was seen (or the list ended). */
    private static List<String> listAll(String user, int limit, Set<String> wanted) {
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(DemoUsers.token(user)).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get(IMPORTS).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= limit, "a page holds at most limit items");
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
        } while (cursor != null && !seen.containsAll(wanted));
        return seen;
    }

    private static String jobId(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aLineWithANulCharacterOrHalfASurrogatePairIsThatLinesErrorAndTheOthersImport() {
        String marker = TestFirms.uniqueName("Nul");
        String id = "test:" + marker.replace(' ', '-');
        String csv = "externalId,legalName,country\n"
                + id + "-1," + marker + " One,FI\n"
                + id + "-2," + marker + " T\0wo,FI\n"
                + id + "-3," + marker + " Three,FI\n";
        assertOnlyLineFailed(upload("text/csv", csv), 3, "holds a NUL character");

        String jsonl = jsonLine(id + "-4", marker + " F\\u0000our")
                + jsonLine(id + "-5", marker + " Five")
                + jsonLine(id + "-6", marker + " Six");
        assertOnlyLineFailed(upload("application/x-ndjson", jsonl), 1, "holds a NUL character");

        // Stored, half a surrogate pair would silently become '?'.
        String surrogate = jsonLine(id + "-7", marker + " Seven")
                + jsonLine(id + "-8", marker + " E\\ud800ight")
                + jsonLine(id + "-9", marker + " Nine");
        assertOnlyLineFailed(upload("application/x-ndjson", surrogate), 2, "holds half of a UTF-16 surrogate pair");
    }

    @Test
    void aLineOfBytesThatAreNotUtf8IsThatLinesErrorAndTheOthersImport() {
        String marker = TestFirms.uniqueName("Latin");
        String id = "test:" + marker.replace(' ', '-');
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        csv.writeBytes(("externalId,legalName,country\n" + id + "-1," + marker + " One,FI\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        csv.writeBytes((id + "-2," + marker + " Société,FR\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        csv.writeBytes((id + "-3," + marker + " Three,FI\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertOnlyLineFailed(upload("text/csv", csv.toByteArray()), 3, "holds bytes that are not UTF-8");
    }

    private static String jsonLine(String externalId, String legalName) {
        return "{\"externalId\": \"" + externalId + "\", \"legalName\": \"" + legalName + "\", \"country\": \"FI\"}\n";
    }

    /** The job of a file of two good firms and one bad line: that line failed with the message, the firms imported. */
    private static void assertOnlyLineFailed(String location, int line, String message) {
        JsonPath job = runToEnd(location);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(2, job.getInt("created"));
        assertEquals(List.of(line), job.getList("errors.line"));
        assertEquals(message, job.getString("errors[0].message"));
    }

    @Test
    void onlyTheFirstThousandLineErrorsAreKeptAndAllAreCounted() {
        StringBuilder csv = new StringBuilder("externalId,legalName,country\n");
        for (int i = 0; i < 1005; i++) {
            csv.append("test:cap-").append(i).append(",Too many columns,FI,extra\n");
        }
        JsonPath job = runToEnd(upload("text/csv", csv.toString()));
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(1005, job.getInt("failed"));
        assertEquals(1000, job.getList("errors").size());
        assertEquals(2, job.getInt("errors[0].line"));
    }

    @Test
    void aFileWithUnknownColumnsIsRejectedWhole() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType("text/csv")
                .body("name,colour\nAcme,red\n")
                .when()
                .post(IMPORTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"));
    }

    @Test
    void onlyAgenciesAndAdminsImport() {
        for (String user : new String[] {DemoUsers.SME, DemoUsers.PARTNER, DemoUsers.VISITOR}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .contentType("text/csv")
                    .body("externalId,legalName,country\nt:1,A,FI\n")
                    .when()
                    .post(IMPORTS)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType("text/csv")
                .body("externalId,legalName,country\nt:1,A,FI\n")
                .when()
                .post(IMPORTS)
                .then()
                .statusCode(401);
    }

    @Test
    void progressIsVisibleToItsAgencyAndAdminsOnly() {
        String location = upload("text/csv", "externalId,legalName,country\n");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .get(location)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .get(location)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .get(IMPORTS + "/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    /** Uploads a file; the job's Location. */
    private static String upload(String contentType, String body) {
        return upload(contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String upload(String contentType, byte[] body) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(contentType)
                .body(body)
                .when()
                .post(IMPORTS)
                .then()
                .statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", equalTo("RUNNING"))
                .extract()
                .header("Location");
    }

    /** Reads the job's progress until it has ended (a bound on the wait, not a speed check). */
    private static JsonPath runToEnd(String location) {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonPath job;
        do {
            job = given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        } while (job.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline) && pause());
        return job;
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
