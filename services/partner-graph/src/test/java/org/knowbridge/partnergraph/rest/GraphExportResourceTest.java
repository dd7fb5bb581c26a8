package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** The bulk export the recommendations service loads at start: who may read it, and every line's shape and order. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class GraphExportResourceTest {

    private static final String EXPORT = "/api/v1/graph/export";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("organisation", "project", "collaboration");

    @Test
    void onlyAdminsAndTheExportRoleExport() {
        given().when().get(EXPORT).then().statusCode(401).contentType("application/problem+json");
        for (String user : List.of(DemoUsers.AGENCY, DemoUsers.SME, DemoUsers.PARTNER, DemoUsers.VISITOR)) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .when()
                    .get(EXPORT)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    /** The recommendations service account holds graph-export, not admin: the export, and no admin operation. */
    @Test
    void theRecommendationsServiceAccountReadsTheExportAndNothingElse() {
        String account = DemoUsers.clientToken("recommendations", "recommendations-secret");
        given().auth().oauth2(account).when().get(EXPORT).then().statusCode(200);
        given().auth()
                .oauth2(account)
                .when()
                .get("/api/v1/indicators/foreign-collaboration?country=FI")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(account)
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(403);
    }

    @Test
    void everyOrganisationProjectAndCollaborationIsOneLineInKindThenKeyOrder() throws IOException {
        String source = TestData.newSource();
        String job = TestData.startImport(source, "organisations", """
                        id,name,country,type,sme,city,nuts
                        1,Export Optics GmbH,DE,FIRM,true,Jena,DEG03
                        2,Export University,FI,UNIVERSITY,false,,
                        """, "projects", """
                        id,acronym,year,programme,topic,knowledge_areas
                        9,LENS,2021,HORIZON,ERC-2021-STG,/natural sciences/physical sciences/optics|/engineering and technology/nano
                        """, "participations", """
                        project_id,organisation_id,year,role
                        9,1,2021,COORDINATOR
                        9,2,2021,PARTICIPANT
                        9,2,2021,THIRD_PARTY
                        """);
        assertEquals("SUCCEEDED", TestData.awaitImport(job).getString("state"));
        String firm = source + ":1";
        String university = source + ":2";
        String firmId = MirroredFirms.linked("Export Optics GmbH", MirroredFirms.DEMO_AGENCY, firm);
        // The areas a firm declares it offers are its node's knowledge areas.
        MirroredFirms.publish(
                firmId,
                List.of(
                        MirroredFirms.firmEvent(
                                        "FirmUpdated",
                                        firmId,
                                        "Export Optics GmbH",
                                        "FI",
                                        MirroredFirms.DEMO_AGENCY,
                                        firm)
                                .replace(
                                        "\"knowledgeAreasOffered\": []",
                                        "\"knowledgeAreasOffered\": [\"/natural sciences/physical sciences/optics\", \"lens design\"]")));
        MirroredFirms.awaitApplied(firmId);
        String collaboration =
                TestData.collaboration(firm, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2023);

        Response response = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(EXPORT)
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .response();
        Map<String, JsonNode> ours = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.asInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // Readers split on newlines and may parse strictly: nothing before or after the object.
                String read = line;
                assertTrue(read.startsWith("{\"kind\":\"") && read.endsWith("}"), () -> "not one bare object: " + read);
                JsonNode node = JSON.readTree(line);
                order.add(KINDS.indexOf(node.path("kind").asText()) + " "
                        + node.path("key").asText());
                String key = node.path("key").asText();
                if (key.startsWith(source + ":") || key.equals(firmId) || key.equals(collaboration)) {
                    ours.put(node.path("kind").asText() + " " + key, node);
                }
            }
        }
        assertTrue(order.stream().noneMatch(o -> o.startsWith("-1")), "every line names a known kind");
        assertEquals(
                order.stream().sorted().toList(),
                order,
                "organisations, then projects, then collaborations, each by key");

        // The firm, linked to its register's node, is that one node, with the firm's data and declared areas.
        assertEquals(JSON.readTree("""
                {"kind": "organisation", "key": "%s", "name": "Export Optics GmbH", "country": "FI", "type": "COMPANY",
                 "sme": true, "sector": "C26", "firmId": "%s", "onboardedBy": "org-agency-demo",
                 "knowledgeAreas": ["/natural sciences/physical sciences/optics", "lens design"]}
                """.formatted(firm, firmId)), ours.get("organisation " + firm));
        assertEquals(null, ours.get("organisation " + firmId), "no second node under the firm id");
        assertEquals(JSON.readTree("""
                {"kind": "organisation", "key": "%s", "name": "Export University", "country": "FI", "type": "UNIVERSITY",
                 "sme": false, "sector": null, "firmId": null, "onboardedBy": null, "knowledgeAreas": []}
                """.formatted(university)), ours.get("organisation " + university));
        assertEquals(JSON.readTree("""
                {"kind": "project", "key": "%s:9", "year": 2021, "acronym": "LENS", "programme": "HORIZON", "topic": "ERC-2021-STG",
                 "knowledgeAreas": ["/engineering and technology/nano", "/natural sciences/physical sciences/optics"],
                 "participants": ["%s", "%s"]}
                """.formatted(source, firm, university)), ours.get("project " + source + ":9"));
        assertEquals(
                JSON.readTree("""
                {"kind": "collaboration", "key": "%s", "channel": "CO_DEVELOPMENT", "startYear": 2023, "endYear": null,
                 "outcome": "UNKNOWN", "source": "AGENCY",
                 "parties": [{"organisationKey": "%s", "partnerKind": "CUSTOMER"}, {"organisationKey": "%s", "partnerKind": "UNIVERSITY"}],
                 "knowledgeAreas": []}
                """.formatted(collaboration, firm, university)),
                ours.get("collaboration " + collaboration));
    }
}
