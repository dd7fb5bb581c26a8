package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeAreas;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * A search without words starts from the filter it has (an area, a country, a type), and the area facets follow an
 * organisation whose projects change. Each test imports its own small dataset under areas no other data has.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class SearchFiltersAndFacetsTest {

    private static final String SEARCH = "/api/v1/organisations";

    private static final String ENERGY_ORGANISATIONS = """
            id,name,country,type,sme,city,nuts
            1,Tidal Works Lda,PT,COMPANY,true,,
            2,Atlantic Energy Institute,IE,RESEARCH,false,,
            """;

    @Test
    void aSearchByCountryOrByTypeAloneFindsEveryMatchAndNothingElse() {
        String source = TestData.newSource();
        String top = "/" + TestData.uniqueWord() + " sciences";
        TestData.importDataset(source, """
                id,name,country,type,sme,city,nuts
                1,Liechtenstein Institute of Small Machines,LI,UNIVERSITY,true,,
                2,Vaduz Precision AG,LI,COMPANY,false,,
                """, """
                id,acronym,year,programme,topic,knowledge_areas
                10,SMALLMACH,2024,HORIZON,HORIZON-CL4-2024-01,%s/micro machines
                """.formatted(top), """
                project_id,organisation_id,year,role
                10,1,2024,COORDINATOR
                10,2,2024,PARTICIPANT
                """);

        List<Map<String, Object>> inCountry = everyResult(Map.of("country", "LI"));
        assertTrue(keys(inCountry).containsAll(List.of(source + ":1", source + ":2")));
        assertTrue(inCountry.stream().allMatch(o -> "LI".equals(o.get("country"))), "only LI: " + inCountry);

        List<Map<String, Object>> smeUniversities = everyResult(Map.of("type", "UNIVERSITY", "sme", true));
        assertTrue(keys(smeUniversities).contains(source + ":1"));
        assertTrue(
                smeUniversities.stream()
                        .allMatch(o -> "UNIVERSITY".equals(o.get("type")) && Boolean.TRUE.equals(o.get("sme"))),
                "only SME universities: " + smeUniversities);

        List<Map<String, Object>> companiesInCountry = everyResult(Map.of("country", "LI", "type", "COMPANY"));
        assertTrue(keys(companiesInCountry).contains(source + ":2"));
        assertTrue(!keys(companiesInCountry).contains(source + ":1"), "the university is no company");
    }

    @Test
    void areaFacetsFollowAnOrganisationWhoseProjectsChange() {
        String source = TestData.newSource();
        String top = "/" + TestData.uniqueWord() + " sciences";
        String first = top + "/tidal energy";
        String second = top + "/wave energy";
        TestData.importDataset(source, ENERGY_ORGANISATIONS, """
                id,acronym,year,programme,topic,knowledge_areas
                10,TIDE,2023,HORIZON,HORIZON-CL5-2023-01,%s
                """.formatted(first), """
                project_id,organisation_id,year,role
                10,1,2023,COORDINATOR
                """);
        facetsOf(top).body("total", equalTo(1)).body(areaCount(first), equalTo(1));

        // A second organisation joins the project, and the first one a project in another area.
        TestData.importDataset(source, ENERGY_ORGANISATIONS, """
                id,acronym,year,programme,topic,knowledge_areas
                10,TIDE,2023,HORIZON,HORIZON-CL5-2023-01,%s
                11,WAVE,2024,HORIZON,HORIZON-CL5-2024-01,%s
                """.formatted(first, second), """
                project_id,organisation_id,year,role
                10,1,2023,COORDINATOR
                10,2,2023,PARTICIPANT
                11,1,2024,COORDINATOR
                """);
        facetsOf(top)
                .body("total", equalTo(2))
                .body(areaCount(first), equalTo(2))
                .body(areaCount(second), equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse facetsOf(String top) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .queryParam("area", KnowledgeAreas.id(top))
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200);
    }

    private static String areaCount(String path) {
        return "facets.areas.find { it.id == '" + KnowledgeAreas.id(path) + "' }.count";
    }

    /** Every result of a search, page after page. */
    private static List<Map<String, Object>> everyResult(Map<String, Object> params) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                    .queryParams(params)
                    .queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.when().get(SEARCH).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.organisation"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static List<String> keys(List<Map<String, Object>> organisations) {
        return organisations.stream().map(o -> (String) o.get("key")).toList();
    }
}
