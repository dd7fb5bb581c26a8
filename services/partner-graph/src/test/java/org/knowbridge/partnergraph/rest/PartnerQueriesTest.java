package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * A small graph per test: an SME firm in Finland with a university in the Netherlands (recorded
 * collaboration), a Swedish firm (joint project of 2022, imported) and, one hop further, a French research
 * organisation that only the Swedish firm worked with.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class PartnerQueriesTest {

    private String source;
    private String sme;
    private String university;
    private String swedishFirm;
    private String french;
    private String agency;

    @BeforeEach
    void graph() {
        agency = DemoUsers.token(DemoUsers.AGENCY);
        source = TestData.newSource();
        String organisations = """
                id,name,country,type,sme,city,nuts
                1,Acme Oy,FI,FIRM,true,,
                2,Svensk AB,SE,FIRM,false,,
                3,Institut Français,FR,RESEARCH,false,,
                """;
        String projects = """
                id,acronym,year,programme,topic,knowledge_areas
                10,JOINT,2022,HORIZON,T1,/engineering and technology
                """;
        String participations = """
                project_id,organisation_id,year,role
                10,1,2022,COORDINATOR
                10,2,2022,PARTICIPANT
                """;
        TestData.importDataset(source, organisations, projects, participations);
        sme = source + ":1";
        swedishFirm = source + ":2";
        french = source + ":3";
        university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        TestData.collaboration(sme, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2019);
        TestData.collaboration(swedishFirm, "CUSTOMER", french, "RESEARCH_ORGANISATION", "LICENSING", 2023);
    }

    @Test
    void theNeighbourhoodHoldsRecordedAndProjectPartners() {
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + sme + "/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", containsInAnyOrder(university, swedishFirm))
                .body("items.find { it.partner.key == '" + swedishFirm + "' }.channels", contains("PROJECT_EXCHANGE"))
                .body("items.find { it.partner.key == '" + swedishFirm + "' }.firstYear", equalTo(2022))
                .body("items.find { it.partner.key == '" + university + "' }.partnerKinds", contains("UNIVERSITY"))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersCombine() {
        String partners = "/api/v1/organisations/" + sme + "/partners";
        given().auth()
                .oauth2(agency)
                .queryParam("kind", "UNIVERSITY")
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(university));
        given().auth()
                .oauth2(agency)
                .queryParam("channel", "PROJECT_EXCHANGE")
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(swedishFirm));
        given().auth()
                .oauth2(agency)
                .queryParam("country", "SE")
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(swedishFirm));
        // Countries are read as everywhere on the platform: any case, and the EU's own codes EL and UK too.
        given().auth()
                .oauth2(agency)
                .queryParam("country", "se")
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(swedishFirm));
        given().auth()
                .oauth2(agency)
                .queryParam("country", "QQ")
                .when()
                .get(partners)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(agency)
                .queryParam("fromYear", 2020)
                .queryParam("toYear", 2021)
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items.partner.key", contains(university));
        given().auth()
                .oauth2(agency)
                .queryParam("fromYear", 2023)
                .queryParam("channel", "PROJECT_EXCHANGE")
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void pagesFollowTheCursor() {
        String partners = "/api/v1/organisations/" + sme + "/partners";
        JsonPath first = given().auth()
                .oauth2(agency)
                .queryParam("limit", 1)
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String cursor = first.getString("nextCursor");
        given().auth()
                .oauth2(agency)
                .queryParam("limit", 1)
                .queryParam("after", cursor)
                .when()
                .get(partners)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("nextCursor", nullValue());
    }

    @Test
    void badFiltersAreProblems() {
        String partners = "/api/v1/organisations/" + sme + "/partners";
        given().auth()
                .oauth2(agency)
                .queryParam("kind", "FRENEMY")
                .when()
                .get(partners)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        given().auth()
                .oauth2(agency)
                .queryParam("channel", "TELEPATHY")
                .when()
                .get(partners)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("channel"));
        given().auth()
                .oauth2(agency)
                .queryParam("fromYear", 2022)
                .queryParam("toYear", 2020)
                .when()
                .get(partners)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("toYear"));
        given().auth()
                .oauth2(agency)
                .queryParam("limit", 0)
                .when()
                .get(partners)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + TestData.newKey() + "/partners")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anSmeExploresOnlyItsOwnFirm() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/organisations/" + sme + "/partners")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/organisations/" + sme + "/connection/" + french)
                .then()
                .statusCode(404);
    }

    @Test
    void theConnectionNamesEveryStep() {
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + sme + "/connection/" + french)
                .then()
                .statusCode(200)
                .body("connected", equalTo(true))
                .body("hops", equalTo(2))
                .body("organisations.key", contains(sme, swedishFirm, french))
                .body("steps.via", contains("PROJECT", "COLLABORATION"))
                .body("steps[0].viaName", equalTo("JOINT"))
                .body("steps[0].channel", equalTo("PROJECT_EXCHANGE"))
                .body("steps[1].channel", equalTo("LICENSING"));
    }

    @Test
    void organisationsWithoutAPathAreNotConnected() {
        String loner = TestData.organisation(TestData.newKey(), "Loner Ltd", "IE", "COMPANY", true, null);
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + sme + "/connection/" + loner)
                .then()
                .statusCode(200)
                .body("connected", equalTo(false))
                .body("steps", equalTo(List.of()));
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + sme + "/connection/" + sme)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void indicatorsCountSmeFirmsWithAForeignCollaboration() {
        // Malta, sector 72.11: few enough firms that the test can see its own arrive.
        Map<String, Object> before = group("MT", "72.11");
        String maltese = TestData.organisation(TestData.newKey(), "Malta Biotech Ltd", "MT", "COMPANY", true, "72.11");
        TestData.collaboration(maltese, "CUSTOMER", swedishFirm, "SUPPLIER", "PURCHASED_KNOWLEDGE", 2024);
        TestData.organisation(TestData.newKey(), "Malta Local Ltd", "MT", "COMPANY", true, "72.11");
        Map<String, Object> after = group("MT", "72.11");

        assertEquals(count(before, "smeFirms") + 2, count(after, "smeFirms"));
        assertEquals(count(before, "withForeignCollaboration") + 1, count(after, "withForeignCollaboration"));
        assertEquals(share(before, "byPartnerKind", "SUPPLIER") + 1, share(after, "byPartnerKind", "SUPPLIER"));
        assertEquals(
                share(before, "byChannel", "PURCHASED_KNOWLEDGE") + 1,
                share(after, "byChannel", "PURCHASED_KNOWLEDGE"));
    }

    @Test
    void indicatorsAreForAgenciesAndAdmins() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/indicators/foreign-collaboration")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(agency)
                .queryParam("country", "Finland")
                .when()
                .get("/api/v1/indicators/foreign-collaboration")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> group(String country, String sector) {
        List<Map<String, Object>> groups = given().auth()
                .oauth2(agency)
                .queryParam("country", country)
                .when()
                .get("/api/v1/indicators/foreign-collaboration")
                .then()
                .statusCode(200)
                .extract()
                .path("groups");
        return groups.stream()
                .filter(g -> sector.equals(g.get("sector")))
                .findFirst()
                .orElse(Map.of(
                        "smeFirms",
                        0,
                        "withForeignCollaboration",
                        0,
                        "byPartnerKind",
                        List.of(),
                        "byChannel",
                        List.of()));
    }

    private static long count(Map<String, Object> group, String field) {
        return ((Number) group.get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long share(Map<String, Object> group, String list, String value) {
        return ((List<Map<String, Object>>) group.get(list))
                .stream()
                        .filter(s -> value.equals(s.get("value")))
                        .mapToLong(s -> ((Number) s.get("firms")).longValue())
                        .findFirst()
                        .orElse(0);
    }
}
