package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.vocabulary.KnowledgeAreas;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * Partner search and the taxonomy, per role, on a small dataset of this run's own: its areas and names carry a
 * word no other data has, so the shared graph's other organisations never get in the way.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/organisations";

    /** A word of letters only, new in every run. */
    private static final String WORD = TestData.uniqueWord();

    private static final String TOP = "/" + WORD + " sciences";
    private static final String ROBOTICS = TOP + "/marine robotics";
    private static final String KNOWLEDGE = TOP + "/knowledge engineering";

    private static String source;

    @BeforeEach
    void dataset() {
        if (source != null) {
            return;
        }
        String newSource = TestData.newSource();
        String organisations = """
                id,name,country,type,sme,city,nuts
                1,Knowledge Partners Oy,FI,FIRM,true,,
                2,Acknowledgement Systems AB,SE,COMPANY,false,,
                3,Polytechnic University of Robotics,DE,UNIVERSITY,false,,
                4,Oceanic Research Institute,PT,RESEARCH,false,,
                """;
        String projects = """
                id,acronym,year,programme,topic,knowledge_areas
                10,SEABOT,2023,HORIZON,HORIZON-CL4-2023-01,%s
                11,KNOWHOW,2021,HORIZON,HORIZON-CL2-2021-02,%s
                """.formatted(ROBOTICS, KNOWLEDGE);
        String participations = """
                project_id,organisation_id,year,role
                10,1,2023,COORDINATOR
                10,3,2023,PARTICIPANT
                10,4,2023,PARTICIPANT
                11,2,2021,COORDINATOR
                11,4,2021,PARTICIPANT
                """;
        TestData.importDataset(newSource, organisations, projects, participations);
        source = newSource;
    }

    private static String top() {
        return KnowledgeAreas.id(TOP);
    }

    private static JsonPath search(String user, Object... params) {
        var request = given().auth().oauth2(DemoUsers.token(user));
        if (!List.of(params).contains("area")) {
            request = request.queryParam("area", top());
        }
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void wholeWordsAndStemsMatchButNeverASubstring() {
        // "knowledge" is in one name and one area label; "Acknowledgement" holds it only as a substring.
        JsonPath found = search(DemoUsers.SME, "q", "knowledge");
        List<String> keys = found.getList("items.organisation.key");
        assertEquals(true, keys.contains(source + ":1"), keys.toString());
        assertEquals(false, keys.contains(source + ":2") && !areaMatch(found, source + ":2"), keys.toString());
        // The Swedish firm is found only through the area "knowledge engineering" of its project, never its name.
        found.getList("items.findAll { it.organisation.key == '" + source + ":2' }.matched.on.flatten()")
                .forEach(on -> assertNotEquals("NAME", on));
        // A stem: "partner" finds "Partners"; "robot" finds "Robotics", in a name and an area.
        assertEquals(
                List.of(source + ":1"), search(DemoUsers.SME, "q", "partner").getList("items.organisation.key"));
        assertEquals(
                true,
                search(DemoUsers.SME, "q", "robot")
                        .getList("items.organisation.key")
                        .containsAll(List.of(source + ":1", source + ":3", source + ":4")));
        // "acknowledge" stems to itself: no "knowledge" organisation comes back.
        assertEquals(
                List.of(source + ":2"),
                search(DemoUsers.SME, "q", "acknowledgement").getList("items.organisation.key"));
    }

    private static boolean areaMatch(JsonPath found, String key) {
        return found.getList("items.findAll { it.organisation.key == '" + key + "' }.matched.on.flatten()")
                .contains("AREA");
    }

    @Test
    void resultsAreRankedSayWhyTheyMatchedAndShowAreasByLabel() {
        JsonPath found = search(DemoUsers.PARTNER, "q", "robotics");
        // The university has "Robotics" in its name and the area: it comes first.
        assertEquals(source + ":3", found.getString("items[0].organisation.key"));
        assertEquals(
                List.of("AREA", "NAME"),
                found.getList("items[0].matched.on").stream().sorted().toList());
        assertEquals("marine robotics", found.getString("items[0].matched.find { it.on == 'AREA' }.text"));
        assertEquals(KnowledgeAreas.id(ROBOTICS), found.getString("items[0].matched.find { it.on == 'AREA' }.areaId"));
        assertEquals("UNIVERSITY", found.getString("items[0].organisation.type"));
        // A project's acronym is a topic match.
        JsonPath topic = search(DemoUsers.PARTNER, "q", "seabot");
        assertEquals(3, topic.getInt("total"));
        assertEquals("TOPIC", topic.getString("items[0].matched[0].on"));
    }

    @Test
    void filtersFacetsOverTheWholeResultAndTypeCompanyWithSme() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .queryParam("area", top())
                .queryParam("limit", 1)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.size()", equalTo(1))
                .body("nextCursor", notNullValue())
                .body("facets.countries.value", containsInAnyOrder("FI", "SE", "DE", "PT"))
                .body("facets.types.find { it.value == 'COMPANY' }.count", equalTo(2))
                .body("facets.sme.find { it.value == 'true' }.count", equalTo(1))
                .body("facets.areas.id", hasItem(KnowledgeAreas.id(ROBOTICS)))
                .body("facets.areas.find { it.id == '" + KnowledgeAreas.id(ROBOTICS) + "' }.count", equalTo(3))
                .body(
                        "facets.areas.find { it.id == '" + KnowledgeAreas.id(ROBOTICS) + "' }.label",
                        equalTo("marine robotics"));
        // The stored FIRM and the new COMPANY are one type.
        assertEquals(
                List.of(source + ":1"),
                search(DemoUsers.ADMIN, "type", "COMPANY", "sme", "true").getList("items.organisation.key"));
        assertEquals(
                List.of(source + ":1", source + ":2"),
                search(DemoUsers.ADMIN, "type", "COMPANY").getList("items.organisation.key").stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of(source + ":2", source + ":4"),
                search(DemoUsers.ADMIN, "area", KnowledgeAreas.id(KNOWLEDGE)).getList("items.organisation.key").stream()
                        .sorted()
                        .toList());
        // Active since 2023: only the robotics project's organisations.
        assertEquals(
                List.of(source + ":1", source + ":3", source + ":4"),
                search(DemoUsers.ADMIN, "activeSince", 2023).getList("items.organisation.key").stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of(source + ":4"), search(DemoUsers.ADMIN, "country", "PT").getList("items.organisation.key"));
    }

    @Test
    void theCursorWalksEveryResultOnce() {
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = cursor == null
                    ? search(DemoUsers.SME, "limit", 1)
                    : search(DemoUsers.SME, "limit", 1, "cursor", cursor);
            seen.addAll(page.getList("items.organisation.key"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && seen.size() < 10);
        assertEquals(4, seen.size());
        assertEquals(4, seen.stream().distinct().count());
    }

    @Test
    void anUnpublishedFirmIsFoundOnlyByThoseWhoMaySeeIt() {
        String firmId = UUID.randomUUID().toString();
        String name = "Hidden " + WORD + "draft Oy";
        MirroredFirms.publish(
                firmId,
                List.of(MirroredFirms.firmEvent(
                        EventType.FirmRegistered.name(),
                        firmId,
                        name,
                        "FI",
                        "C26",
                        "DRAFT",
                        false,
                        MirroredFirms.DEMO_AGENCY,
                        null)));
        MirroredFirms.awaitApplied(firmId);
        for (String user : List.of(DemoUsers.ADMIN, DemoUsers.AGENCY)) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .queryParam("q", WORD + "draft")
                    .when()
                    .get(SEARCH)
                    .then()
                    .statusCode(200)
                    .body("items.organisation.key", contains(firmId))
                    .body("items[0].matched[0].on", equalTo("NAME"));
        }
        for (String user : List.of(DemoUsers.PARTNER, DemoUsers.SME, DemoUsers.OTHER_AGENCY)) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .queryParam("q", WORD + "draft")
                    .when()
                    .get(SEARCH)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0))
                    .body("items.organisation.key", not(hasItem(firmId)))
                    .body("facets.countries", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        for (String[] bad : List.of(
                new String[] {"type", "FIRM"},
                new String[] {"sme", "maybe"},
                new String[] {"cursor", "not-a-cursor"},
                new String[] {"limit", "0"},
                new String[] {"limit", "101"},
                new String[] {"activeSince", "last year"},
                new String[] {"country", "Finland"},
                new String[] {"q", "?!*"})) {
            given().auth()
                    .oauth2(admin)
                    .queryParam(bad[0], bad[1])
                    .when()
                    .get(SEARCH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(containsString(bad[0])));
        }
        // An area that is no id is answered with close areas to pick from.
        given().auth()
                .oauth2(admin)
                .queryParam("area", WORD + "-marine-robotcs")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("area"))
                .body("errors[0].message", containsString(KnowledgeAreas.id(ROBOTICS)));
        given().when().get(SEARCH).then().statusCode(401);
    }

    @Test
    void theTaxonomyHasIdsLabelsParentsCountsAndSuggestsForWordsItDoesNotKnow() {
        String sme = DemoUsers.token(DemoUsers.SME);
        given().auth()
                .oauth2(sme)
                .when()
                .get("/api/v1/knowledge-areas/" + KnowledgeAreas.id(ROBOTICS))
                .then()
                .statusCode(200)
                .body("label", equalTo("marine robotics"))
                .body("parentId", equalTo(top()))
                .body("projects", equalTo(1))
                .body("organisations", equalTo(3));
        given().auth()
                .oauth2(sme)
                .when()
                .get("/api/v1/knowledge-areas/" + top())
                .then()
                .statusCode(200)
                .body("parentId", nullValue())
                .body("projects", equalTo(2))
                .body("organisations", equalTo(4));
        given().auth()
                .oauth2(sme)
                .queryParam("parent", top())
                .when()
                .get("/api/v1/knowledge-areas")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(KnowledgeAreas.id(ROBOTICS), KnowledgeAreas.id(KNOWLEDGE)));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .queryParam("q", WORD + " robot")
                .when()
                .get("/api/v1/knowledge-areas")
                .then()
                .statusCode(200)
                .body("items.id", contains(KnowledgeAreas.id(ROBOTICS)))
                .body("items.label", everyItem(not(containsString("/"))));
        // A misspelt word finds nothing, and is answered with close areas.
        given().auth()
                .oauth2(sme)
                .queryParam("q", WORD.substring(0, WORD.length() - 1) + "x")
                .when()
                .get("/api/v1/knowledge-areas")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("suggestions.id", hasItem(top()));
        given().auth()
                .oauth2(sme)
                .when()
                .get("/api/v1/knowledge-areas/no-such-area-" + WORD)
                .then()
                .statusCode(404);
    }

    @Test
    void partnersFilterByWhatThePartnerIs() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .queryParam("type", "UNIVERSITY")
                .when()
                .get(SEARCH + "/" + source + ":1/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(source + ":3"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .queryParam("type", "COMPANY")
                .queryParam("sme", "false")
                .when()
                .get(SEARCH + "/" + source + ":4/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(source + ":2"))
                .body("items[0].partner.type", equalTo("COMPANY"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .queryParam("type", "FIRM")
                .when()
                .get(SEARCH + "/" + source + ":4/partners")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("type"));
    }
}
