package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/**
 * Suggestions as firms, their agencies and admins get them, on the real stack: the graph comes from a saved
 * partner-graph export, the firms from events on the real Kafka.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class RecommendationResourceTest {

    static final String SENSORS =
            "/engineering and technology/electrical engineering, electronic engineering, information engineering/electronic engineering/sensors/optical sensors";
    private static final String OWN = "/api/v1/firms/" + DemoUsers.SME_FIRM_ID + "/recommendations";
    private static final String ALPHA = "fixture:alpha-sensors";

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    @BeforeAll
    static void registerTheDemoFirm() {
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(DemoUsers.SME_FIRM_ID, "DE", List.of(SENSORS), List.of(), null, ALPHA));
    }

    private void awaitReady(String firmId) {
        TestEvents.eventually(
                () -> firms.find(firmId).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "firm " + firmId + " known and the graph loaded");
    }

    @Test
    void anSmeGetsForeignOrganisationsItHasNotWorkedWithBestFirstEachWithReasons() {
        awaitReady(DemoUsers.SME_FIRM_ID);
        JsonPath body = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get(OWN)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("firmId", equalTo(DemoUsers.SME_FIRM_ID))
                .body("organisationKey", equalTo(ALPHA))
                .body("coldStart", equalTo(false))
                .extract()
                .jsonPath();
        List<Map<String, Object>> suggestions = body.getList("recommendations");
        assertFalse(suggestions.isEmpty(), "some partner is suggested");
        Set<String> partners = partnersOf(ALPHA);
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < suggestions.size(); i++) {
            Map<String, Object> s = suggestions.get(i);
            assertEquals(i + 1, s.get("rank"));
            assertTrue(!"DE".equals(s.get("country")), "foreign only: " + s);
            assertFalse(partners.contains((String) s.get("partnerId")), "not already a partner: " + s);
            double score = ((Number) s.get("score")).doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
            List<Map<String, Object>> reasons = body.getList("recommendations[" + i + "].reasons");
            assertFalse(reasons.isEmpty(), "every suggestion says why: " + s);
            reasons.forEach(r -> assertFalse(((String) r.get("text")).isBlank()));
            assertNotEquals("STRENGTH", reasons.get(0).get("type"), "well connected is never the main reason: " + s);
            reasons.stream()
                    .filter(r -> !r.get("type").equals("SHARED_PARTNERS"))
                    .forEach(
                            r -> assertFalse(((String) r.get("text")).contains("/"), "areas by label, not path: " + r));
        }
    }

    @Test
    void sharedPartnerReasonsNameRealPartnersOfTheFirm() {
        awaitReady(DemoUsers.SME_FIRM_ID);
        JsonPath body = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get(OWN + "?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> shared =
                body.getList("recommendations.reasons.flatten().findAll { it.type == 'SHARED_PARTNERS' }");
        assertFalse(shared.isEmpty(), "VTT and Nordic Photonics share partners with the firm: " + body.prettify());
        Set<String> partners = partnersOf(ALPHA);
        for (Map<String, Object> reason : shared) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> entities = (List<Map<String, String>>) reason.get("entities");
            assertFalse(entities.isEmpty());
            entities.forEach(e -> assertTrue(partners.contains(e.get("id")), e + " is a partner of the firm"));
            assertTrue(((Number) ((Map<?, ?>) reason.get("figures")).get("count")).intValue() >= entities.size());
        }
    }

    @Test
    void limitAndFiltersNarrowTheList() {
        awaitReady(DemoUsers.SME_FIRM_ID);
        String sme = DemoUsers.token(DemoUsers.SME);
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?limit=2")
                .then()
                .statusCode(200)
                .body("recommendations.size()", lessThanOrEqualTo(2));
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?kind=UNIVERSITY&limit=50")
                .then()
                .statusCode(200)
                .body("recommendations.kind", everyItem(equalTo("UNIVERSITY")))
                .body("recommendations.partnerId", hasItem("fixture:polimi"));
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?country=FI&limit=50")
                .then()
                .statusCode(200)
                .body("recommendations.country", everyItem(equalTo("FI")))
                .body("recommendations.partnerId", hasItem("fixture:vtt"));
        List<String> codevelopers = given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?channel=CO_DEVELOPMENT&limit=50")
                .then()
                .statusCode(200)
                .extract()
                .path("recommendations.partnerId");
        codevelopers.forEach(
                p -> assertTrue(workedThrough(p, KnowledgeChannel.CO_DEVELOPMENT), p + " co-developed with someone"));
        assertFalse(codevelopers.contains("fixture:vtt"), "VTT only took part in joint projects");
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?channel=PROJECT_EXCHANGE&channel=LICENSING&limit=50")
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", hasItem("fixture:vtt"));
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?country=FI&country=ES&kind=RESEARCH_ORGANISATION&limit=50")
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", containsInAnyOrder("fixture:vtt", "fixture:tecnalia"));
    }

    @Test
    void typeAndSmeFiltersLeaveOnlyThoseOrganisationsAndEachSuggestionSaysWhatItIs() {
        String firm = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(), TestEvents.firm(firm, "DE", List.of(SENSORS), List.of(), null, null));
        awaitReady(firm);
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        String path = "/api/v1/firms/" + firm + "/recommendations?limit=50";
        String university = "fixture:polimi";
        String smeConsultancy = "fixture:porto-consult";
        JsonPath all = given().auth()
                .oauth2(admin)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", hasItem(university))
                .body("recommendations.partnerId", hasItem(smeConsultancy))
                .extract()
                .jsonPath();
        assertEquals("UNIVERSITY", all.getString("recommendations.find { it.partnerId == '" + university + "' }.type"));
        assertEquals(false, all.getBoolean("recommendations.find { it.partnerId == '" + university + "' }.sme"));
        assertEquals(
                "COMPANY",
                all.getString("recommendations.find { it.partnerId == 'fixture:nordic-photonics' }.type"),
                "the export's legacy FIRM is a company");

        List<String> smeCompanies = given().auth()
                .oauth2(admin)
                .when()
                .get(path + "&type=COMPANY&sme=true")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("recommendations.type", everyItem(equalTo("COMPANY")))
                .body("recommendations.sme", everyItem(equalTo(true)))
                .body("recommendations.partnerId", not(hasItem(university)))
                .body("recommendations.partnerId", not(hasItem(smeConsultancy)))
                .body("recommendations.partnerId", hasItem("fixture:nordic-photonics"))
                .extract()
                .path("recommendations.partnerId");
        assertTrue(smeCompanies.size() < all.getList("recommendations").size(), "the filter left some out");

        // Each filter alone, and the other answer of sme: a cached list of one filter is never another's.
        given().auth()
                .oauth2(admin)
                .when()
                .get(path + "&sme=true")
                .then()
                .statusCode(200)
                .body("recommendations.sme", everyItem(equalTo(true)))
                .body("recommendations.partnerId", hasItem(smeConsultancy))
                .body("recommendations.partnerId", not(hasItem(university)));
        given().auth()
                .oauth2(admin)
                .when()
                .get(path + "&sme=FALSE")
                .then()
                .statusCode(200)
                .body("recommendations.sme", everyItem(equalTo(false)))
                .body("recommendations.partnerId", hasItem(university))
                .body("recommendations.partnerId", not(hasItem(smeConsultancy)));
        given().auth()
                .oauth2(admin)
                .when()
                .get(path + "&type=UNIVERSITY&type=RESEARCH_ORGANISATION")
                .then()
                .statusCode(200)
                .body("recommendations.type", everyItem(in(List.of("UNIVERSITY", "RESEARCH_ORGANISATION"))))
                .body("recommendations.partnerId", hasItem(university))
                .body("recommendations.partnerId", hasItem("fixture:vtt"));
    }

    @Test
    void badParametersGetAProblemNamingThem() {
        String sme = DemoUsers.token(DemoUsers.SME);
        for (String query : List.of(
                "limit=0",
                "limit=51",
                "limit=ten",
                "kind=FRIEND",
                "country=XX",
                "channel=TELEPATHY",
                "type=FIRM",
                "type=company",
                "sme=maybe")) {
            given().auth()
                    .oauth2(sme)
                    .when()
                    .get(OWN + "?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(sme).when().get(OWN + "?kind=FRIEND").then().body("errors[0].field", equalTo("kind"));
        // FIRM is only read from stored data: the API takes COMPANY.
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?type=COMPANY&type=FIRM")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        given().auth()
                .oauth2(sme)
                .when()
                .get(OWN + "?sme=maybe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sme"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/bad%20id!/recommendations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheFirmItsAgencyAndAdminsSeeItsSuggestions() {
        awaitReady(DemoUsers.SME_FIRM_ID);
        String onboarded = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(onboarded, "FR", List.of(SENSORS), List.of(), "org-agency-demo", null));
        awaitReady(onboarded);

        given().when().get(OWN).then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                .when()
                .get(OWN)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.VISITOR))
                .when()
                .get(OWN)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.OTHER_SME))
                .when()
                .get(OWN)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // demo-sme was not onboarded by the demo agency: to the agency it does not exist.
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get(OWN)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/firms/" + onboarded + "/recommendations")
                .then()
                .statusCode(200)
                .body("firmId", equalTo(onboarded));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(OWN)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + UUID.randomUUID() + "/recommendations")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aFirmWithoutCollaborationsGetsSuggestionsFromItsProfileAndIsToldSo() {
        String newcomer = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(newcomer, "DE", List.of(SENSORS), List.of("FI"), null, null));
        awaitReady(newcomer);
        JsonPath body = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + newcomer + "/recommendations")
                .then()
                .statusCode(200)
                .body("coldStart", equalTo(true))
                .body("recommendations.country", not(hasItem("DE")))
                .extract()
                .jsonPath();
        assertFalse(body.getList("recommendations").isEmpty(), "a newcomer still gets suggestions");
        assertEquals(
                "FI",
                body.getString("recommendations[0].country"),
                "its target country comes first: " + body.prettify());
        List<String> types = body.getList("recommendations.reasons.flatten().type");
        assertTrue(types.contains("COLD_START"), "the reasons say the profile decided: " + types);
        assertTrue(types.contains("TARGET_COUNTRY"), types.toString());
    }

    @Test
    void aPreferredKindOfPartnerRanksHigherAndSaysSo() {
        String indifferent = UUID.randomUUID().toString();
        String preferring = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(indifferent, "DE", List.of(SENSORS), List.of(), null, null));
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(preferring, "DE", List.of(SENSORS), List.of(), List.of("PUBLIC_BODY"), null, null));
        awaitReady(indifferent);
        awaitReady(preferring);
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        List<String> without = given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/firms/" + indifferent + "/recommendations?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .path("recommendations.partnerId");
        JsonPath with = given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/firms/" + preferring + "/recommendations?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String publicBody = "fixture:madrid-agency";
        int rank = with.getList("recommendations.partnerId").indexOf(publicBody);
        assertTrue(rank >= 0 && rank < without.indexOf(publicBody), "preferred: " + with.prettify());
        assertTrue(
                with.getList("recommendations[" + rank + "].reasons.type").contains("PREFERRED_KIND"), with.prettify());
    }

    @Test
    void aDeclinedPartnerIsNeverSuggestedAgain() {
        String firm = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(firm, "DE", List.of(SENSORS), List.of(), "org-agency-demo", null));
        awaitReady(firm);
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        String path = "/api/v1/firms/" + firm + "/recommendations";
        String top = given().auth()
                .oauth2(agency)
                .when()
                .get(path + "?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .path("recommendations[0].partnerId");
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"DECLINED\", \"reason\": \"NOT_RELEVANT\"}")
                .when()
                .put(path + "/feedback/" + top)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(agency)
                .when()
                .get(path + "?limit=50")
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", not(hasItem(top)));
        given().auth()
                .oauth2(agency)
                .when()
                .get(path + "?limit=50&country=" + countryOf(top))
                .then()
                .statusCode(200)
                .body("recommendations.partnerId", not(hasItem(top)));
    }

    private boolean workedThrough(String key, KnowledgeChannel channel) {
        GraphSnapshot graph = projection.ranker().orElseThrow().graph();
        int node = graph.index(key);
        for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++) {
            if ((graph.channelMask(e) & (1 << channel.ordinal())) != 0) {
                return true;
            }
        }
        return false;
    }

    private String countryOf(String key) {
        GraphSnapshot graph = projection.ranker().orElseThrow().graph();
        return graph.organisation(graph.index(key)).country();
    }

    private Set<String> partnersOf(String key) {
        GraphSnapshot graph = projection.ranker().orElseThrow().graph();
        int node = graph.index(key);
        Set<String> partners = new HashSet<>();
        for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++) {
            partners.add(graph.id(graph.neighbour(e)));
        }
        return partners;
    }
}
