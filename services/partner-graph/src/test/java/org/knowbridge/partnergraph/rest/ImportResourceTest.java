package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class ImportResourceTest {

    private static final String ORGANISATIONS = """
            id,name,country,type,sme,city,nuts
            1001,Acme Oy,FI,FIRM,true,Espoo,FI1B1
            1002,"Athens Tech, S.A.",EL,FIRM,true,Athens,EL303
            1003,University of Somewhere,UK,UNIVERSITY,false,,
            1004,Broken Type Ltd,DE,SPACESHIP,false,,
            1005,Too few fields,DE
            1006,Research Centre,FR,RESEARCH,false,Paris,FR101
            """;

    private static final String PROJECTS = """
            id,acronym,year,programme,topic,knowledge_areas
            2001,SOLAR,2022,HORIZON,HORIZON-CL5-2022,/engineering and technology/energy|/natural sciences/physics
            2002,NOYEAR,soon,HORIZON,HORIZON-CL4,
            """;

    private static final String PARTICIPATIONS = """
            project_id,organisation_id,year,role
            2001,1001,2022,COORDINATOR
            2001,1002,2022,PARTICIPANT
            2001,1003,2022,PARTICIPANT
            2001,1006,2022,THIRD_PARTY
            2001,1006,2022,PARTICIPANT
            2001,9999,2022,PARTICIPANT
            2001,1001,2022,CAPTAIN
            """;

    @Test
    void importsADatasetReportsBadLinesAndChangesNothingOnReimport() {
        String source = TestData.newSource();
        JsonPath first = TestData.awaitImport(TestData.startImport(
                source, "organisations", ORGANISATIONS, "projects", PROJECTS, "participations", PARTICIPATIONS));

        assertEquals("SUCCEEDED", first.getString("state"));
        Map<String, Object> organisations = file(first, "organisations.csv");
        assertEquals(List.of(6, 4, 0, 0, 2), counts(organisations));
        assertEquals(List.of(5, 6), lines(organisations));
        assertEquals(List.of(2, 1, 0, 0, 1), counts(file(first, "projects.csv")));
        assertEquals(List.of(3), lines(file(first, "projects.csv")));
        Map<String, Object> participations = file(first, "participations.csv");
        assertEquals(List.of(7, 5, 0, 0, 2), counts(participations));
        assertEquals(List.of(7, 8), lines(participations));

        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/organisations/" + source + ":1002")
                .then()
                .statusCode(200)
                .body("name", equalTo("Athens Tech, S.A."))
                .body("country", equalTo("GR"))
                .body("type", equalTo("COMPANY"))
                .body("sme", equalTo(true));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/organisations/" + source + ":1006")
                .then()
                .statusCode(200)
                .body("type", equalTo("RESEARCH_ORGANISATION"));

        JsonPath again = TestData.awaitImport(TestData.startImport(
                source, "organisations", ORGANISATIONS, "projects", PROJECTS, "participations", PARTICIPATIONS));
        assertEquals(List.of(6, 0, 0, 4, 2), counts(file(again, "organisations.csv")));
        assertEquals(List.of(2, 0, 0, 1, 1), counts(file(again, "projects.csv")));
        assertEquals(List.of(7, 0, 0, 5, 2), counts(file(again, "participations.csv")));
    }

    @Test
    void aLineWithANulCharacterIsThatLinesErrorAndTheOthersImport() {
        String source = TestData.newSource();
        JsonPath job = TestData.awaitImport(TestData.startImport(source, "organisations", """
                id,name,country,type,sme,city,nuts
                1001,Acme Oy,FI,FIRM,true,Espoo,FI1B1
                1002,Nul\0 Ltd,DE,FIRM,true,,
                1003,After Oy,FI,FIRM,true,Oulu,FI1D9
                """));
        assertEquals("SUCCEEDED", job.getString("state"));
        Map<String, Object> organisations = file(job, "organisations.csv");
        assertEquals(List.of(3, 2, 0, 0, 1), counts(organisations));
        assertEquals(List.of(3), lines(organisations));
        assertEquals("holds a NUL character", job.getString("files[0].errors[0].message"));
    }

    @Test
    void aLineOfBytesThatAreNotUtf8IsThatLinesErrorAndTheOthersImport() {
        String source = TestData.newSource();
        byte[] latin1 = "1002,Société Générale,FR,FIRM,false,Paris,FR101\n".getBytes(StandardCharsets.ISO_8859_1);
        // More good lines after the bad one than a reader reads ahead: every one of them must still import.
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            after.append(3000 + i).append(",After ").append(i).append(" Oy,FI,FIRM,true,Oulu,FI1D9\n");
        }
        byte[] file = concat(
                "id,name,country,type,sme,city,nuts\n1001,Acme Oy,FI,FIRM,true,Espoo,FI1B1\n"
                        .getBytes(StandardCharsets.UTF_8),
                latin1,
                after.toString().getBytes(StandardCharsets.UTF_8));

        JsonPath job = TestData.awaitImport(TestData.startImport(source, Map.of("organisations", file)));

        assertEquals("SUCCEEDED", job.getString("state"));
        Map<String, Object> organisations = file(job, "organisations.csv");
        assertEquals(List.of(502, 501, 0, 0, 1), counts(organisations));
        assertEquals(List.of(3), lines(organisations));
        assertEquals("holds bytes that are not UTF-8", job.getString("files[0].errors[0].message"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/organisations/" + source + ":3499")
                .then()
                .statusCode(200);
    }

    @Test
    void aMultipartBodyCutBeforeItsClosingBoundaryIsAProblem400AndStartsNothing() {
        String source = TestData.newSource();
        String whole =
                "--cut\r\nContent-Disposition: form-data; name=\"organisations\"; filename=\"organisations.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nid,name,country,type,sme,city,nuts\r\n1001,Acme Oy,FI,FIRM,true,,\r\n"
                        + "\r\n--cut--\r\n";
        for (int cut : new int[] {whole.length() - 9, whole.indexOf("1001"), 12}) {
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .queryParam("source", source)
                    .contentType("multipart/form-data; boundary=cut")
                    .body(whole.substring(0, cut).getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post("/api/v1/imports")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:knowbridge:problem:malformed-request"))
                    .body("detail", containsString("closing boundary"));
        }
        List<String> newestSources = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .queryParam("limit", 100)
                .when()
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.source");
        assertFalse(newestSources.contains(source), "no import was started from a cut body");
    }

    @Test
    void aMultipartPartWhoseHeadersAreNoHeadersOrNameNoCharsetIsAProblem400() {
        for (String body : new String[] {
            "--cut\r\nthis is no header\r\n\r\nid\r\n--cut--\r\n",
            "--cut\r\nContent-Disposition: form-data; name=\"source\"\r\nContent-Type: text/plain; charset=nope\r\n\r\n"
                    + "x\r\n--cut--\r\n"
        }) {
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .contentType("multipart/form-data; boundary=cut")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post("/api/v1/imports")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:knowbridge:problem:malformed-request"));
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Test
    void onlyTheFirstThousandLineErrorsOfAFileAreKeptAndAllAreCounted() {
        StringBuilder organisations = new StringBuilder("id,name,country,type,sme,city,nuts\n");
        for (int i = 0; i < 1005; i++) {
            organisations.append(i).append(",Broken,FI,SPACESHIP,false,,\n");
        }
        JsonPath job = TestData.awaitImport(
                TestData.startImport(TestData.newSource(), "organisations", organisations.toString()));
        Map<String, Object> file = file(job, "organisations.csv");
        assertEquals(List.of(1005, 0, 0, 0, 1005), counts(file));
        assertEquals(1000, lines(file).size());
        assertEquals(2, lines(file).get(0));
    }

    @Test
    void aChangedRowIsUpdatedOnReimport() {
        String source = TestData.newSource();
        TestData.awaitImport(TestData.startImport(source, "organisations", ORGANISATIONS));
        String renamed = ORGANISATIONS.replace("Acme Oy", "Acme Group Oy");
        JsonPath again = TestData.awaitImport(TestData.startImport(source, "organisations", renamed));
        assertEquals(List.of(6, 0, 1, 3, 2), counts(file(again, "organisations.csv")));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/organisations/" + source + ":1001")
                .then()
                .statusCode(200)
                .body("name", equalTo("Acme Group Oy"));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRejectedBeforeAnythingIsWritten() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .multiPart(
                        "organisations",
                        "organisations.csv",
                        "id,name\n1,A\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .when()
                .post("/api/v1/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("country"));
    }

    @Test
    void anUploadWithoutFilesIsRejected() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .multiPart("unrelated", "x")
                .when()
                .post("/api/v1/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOversizedFileIsAPayloadTooLargeProblem() {
        String big = "id,name,country,type,sme,city,nuts\n" + "1,A,FI,FIRM,true,,\n".repeat(10_000);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .multiPart("organisations", "organisations.csv", big.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when()
                .post("/api/v1/imports")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:payload-too-large"))
                .body("errors.field", hasItem("organisations"));
    }

    @Test
    void onlyAgenciesAndAdminsImport() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .multiPart(
                        "organisations",
                        "organisations.csv",
                        ORGANISATIONS.getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .when()
                .post("/api/v1/imports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .when()
                .get("/api/v1/imports/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(403);
        given().when()
                .get("/api/v1/imports/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void unknownJobsAreNotFound() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/imports/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-found"));
    }

    @Test
    void aRepeatedIdInOneFileIsThatLinesErrorAndTheFirstRowImports() {
        String source = TestData.newSource();
        JsonPath job = TestData.awaitImport(TestData.startImport(source, "organisations", """
                id,name,country,type,sme,city,nuts
                1001,First Oy,FI,FIRM,true,Espoo,FI1B1
                1002,Other Oy,FI,FIRM,true,Espoo,FI1B1
                1001,Second Oy,FI,FIRM,true,Oulu,FI1D9
                """));
        Map<String, Object> organisations = file(job, "organisations.csv");
        assertEquals(List.of(3, 2, 0, 0, 1), counts(organisations));
        assertEquals(List.of(4), lines(organisations));
        assertEquals(
                "duplicate id " + source + ":1001: first used on line 2", job.getString("files[0].errors[0].message"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/organisations/" + source + ":1001")
                .then()
                .statusCode(200)
                .body("name", equalTo("First Oy"));
    }

    @Test
    void anAgencyListsItsOwnPastImportsNewestFirstAndAnAdminAll() {
        String organisations = "id,name,country,type,sme,city,nuts\n";
        String first = TestData.startImport(TestData.newSource(), "organisations", organisations);
        String second = TestData.startImport(TestData.newSource(), "organisations", organisations);
        String third = TestData.startImport(TestData.newSource(), "organisations", organisations);
        // An admin's import has no owner, as the imports from before owners were recorded: admins only see those.
        String byAdmin = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .multiPart(
                        "organisations",
                        "organisations.csv",
                        organisations.getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .when()
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        List<String> agencySees = listAll(DemoUsers.AGENCY, 2, Set.of(first, second, third));
        assertTrue(
                agencySees.indexOf(third) < agencySees.indexOf(second)
                        && agencySees.indexOf(second) < agencySees.indexOf(first)
                        && agencySees.indexOf(first) >= 0,
                "newest first: " + agencySees);
        assertFalse(agencySees.contains(byAdmin), "an agency never sees an import it did not start");

        List<String> adminSees = listAll(DemoUsers.ADMIN, 100, Set.of(first, byAdmin));
        assertTrue(adminSees.containsAll(List.of(first, byAdmin)), "an admin sees every import");
    }

    @Test
    void theListIsForAgenciesAndAdminsWithBoundedPages() {
        for (String user : new String[] {DemoUsers.SME, DemoUsers.PARTNER}) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .get("/api/v1/imports")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/api/v1/imports").then().statusCode(401);
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        for (String limit : new String[] {"0", "101"}) {
            given().auth()
                    .oauth2(agency)
                    .queryParam("limit", limit)
                    .when()
                    .get("/api/v1/imports")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("limit"));
        }
        given().auth()
                .oauth2(agency)
                .queryParam("cursor", "not-a-cursor")
                .when()
                .get("/api/v1/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    /** The ids the user's list shows, page by page, until every wanted one was seen (or the list ended). */
    private static List<String> listAll(String user, int limit, Set<String> wanted) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(DemoUsers.token(user)).queryParam("limit", limit);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get("/api/v1/imports")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= limit, "a page holds at most limit items");
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
        } while (cursor != null && !seen.containsAll(wanted));
        return seen;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> file(JsonPath job, String name) {
        return ((List<Map<String, Object>>) job.get("files"))
                .stream().filter(f -> f.get("file").equals(name)).findFirst().orElseThrow();
    }

    /** processed, created, updated, unchanged, failed */
    private static List<Integer> counts(Map<String, Object> file) {
        return List.of("processed", "created", "updated", "unchanged", "failed").stream()
                .map(field -> ((Number) file.get(field)).intValue())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> lines(Map<String, Object> file) {
        return ((List<Map<String, Object>>) file.get("errors"))
                .stream().map(e -> ((Number) e.get("line")).intValue()).sorted().toList();
    }
}
