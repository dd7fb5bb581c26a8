package org.knowbridge.introductions.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * The matchmaking figures an agency reports, of the requests its firms sent, by the country and type of the
 * organisation asked; an admin's of all. Other runs and services share the database, so the counts are read as what
 * this test added; the organisations asked are in countries no other test uses.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroductionIndicatorsTest {

    private static final List<String> FIRMS = new ArrayList<>();

    @Test
    void anAgencyCountsItsFirmsRequestsByCountryAndTypeAndAnAdminCountsAll() {
        String seeker = firm("FI", "Indicator Seeker", DemoUsers.AGENCY_ORG_ID);
        String othersSeeker = firm("FI", "Indicator Others Seeker", DemoUsers.OTHER_AGENCY_ORG_ID);
        String accepting = firm("LI", "Indicator Accepting", DemoUsers.OTHER_AGENCY_ORG_ID);
        String declining = firm("LI", "Indicator Declining", DemoUsers.OTHER_AGENCY_ORG_ID);
        String silent = firm("LI", "Indicator Silent", DemoUsers.OTHER_AGENCY_ORG_ID);
        String maltese = firm("MT", "Indicator Maltese", DemoUsers.OTHER_AGENCY_ORG_ID);

        JsonPath agencyBefore = indicators(DemoUsers.AGENCY);
        JsonPath adminBefore = indicators(DemoUsers.ADMIN);

        String signed = request(DemoUsers.AGENCY, seeker, accepting);
        answer(signed, "accept", "{}");
        answer(signed, "outcome", "{\"outcome\": \"AGREEMENT_SIGNED\", \"agreementChannel\": \"LICENSING\"}");
        answer(request(DemoUsers.AGENCY, seeker, declining), "decline", "{\"reason\": \"TOO_EARLY\"}");
        request(DemoUsers.AGENCY, seeker, silent);
        answer(request(DemoUsers.AGENCY, seeker, maltese), "accept", "{}");
        // Another agency's firm: counted for the admin, not for the demo agency.
        request(DemoUsers.OTHER_AGENCY, othersSeeker, silent);

        JsonPath agency = indicators(DemoUsers.AGENCY);
        assertEquals(DemoUsers.AGENCY_ORG_ID, agency.getString("agency"));
        Map<String, Long> liechtenstein = added(agencyBefore, agency, "byCountry", "country", "LI");
        assertEquals(
                Map.of(
                        "requestsSent",
                        3L,
                        "open",
                        1L,
                        "answered",
                        2L,
                        "accepted",
                        1L,
                        "declined",
                        1L,
                        "agreementsSigned",
                        1L),
                liechtenstein);
        assertEquals(
                Map.of(
                        "requestsSent",
                        1L,
                        "open",
                        0L,
                        "answered",
                        1L,
                        "accepted",
                        1L,
                        "declined",
                        0L,
                        "agreementsSigned",
                        0L),
                added(agencyBefore, agency, "byCountry", "country", "MT"));
        assertEquals(
                4L,
                added(agencyBefore, agency, "byPartnerType", "partnerType", "COMPANY")
                        .get("requestsSent"));
        assertEquals(4L, added(agencyBefore, agency, null, null, null).get("requestsSent"));

        Map<String, Object> li = group(agency, "byCountry", "country", "LI");
        Map<String, Object> figures = figures(li);
        long accepted = ((Number) figures.get("accepted")).longValue();
        long answered = ((Number) figures.get("answered")).longValue();
        assertEquals(
                Math.round(1000.0 * accepted / answered) / 1000.0,
                ((Number) figures.get("acceptanceRate")).doubleValue(),
                "the acceptance rate is the accepted share of those answered");
        assertNotNull(figures.get("medianHoursToAnswer"), "answered requests have a median time to answer");
        assertTrue(((Number) figures.get("medianHoursToAnswer")).doubleValue() >= 0);

        JsonPath admin = indicators(DemoUsers.ADMIN);
        assertNull(admin.get("agency"), "an admin's figures are of all firms");
        assertEquals(4L, added(adminBefore, admin, "byCountry", "country", "LI").get("requestsSent"));
        assertEquals(5L, added(adminBefore, admin, null, null, null).get("requestsSent"));
    }

    @Test
    void smeAndPartnerAccountsGetNoIndicators() {
        for (String user : List.of(DemoUsers.SME, DemoUsers.PARTNER)) {
            TestFirms.as(user)
                    .get("/api/v1/introductions/indicators")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    private static String firm(String country, String name, String agency) {
        String id = TestFirms.firmIn(country, TestFirms.uniqueName(name), agency);
        FIRMS.add(id);
        return id;
    }

    private static String request(String user, String firm, String organisation) {
        return TestFirms.as(user)
                .body("""
                        {"firmId": "%s", "organisationKey": "%s", "offers": "Laser optics", "seeks": "A partner",
                         "channel": "LICENSING", "message": "Shall we talk?"}""".formatted(firm, organisation))
                .post("/api/v1/introductions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The recipient firms belong to the second demo agency, which answers for them. */
    private static void answer(String introduction, String action, String body) {
        TestFirms.as(DemoUsers.OTHER_AGENCY)
                .body(body)
                .post("/api/v1/introductions/" + introduction + "/" + action)
                .then()
                .statusCode(200);
    }

    private static JsonPath indicators(String user) {
        return TestFirms.as(user)
                .get("/api/v1/introductions/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The counts of a group (or the total, list null) after minus before. */
    private static Map<String, Long> added(JsonPath before, JsonPath after, String list, String field, String key) {
        Map<String, Object> was = list == null ? before.getMap("total") : figures(group(before, list, field, key));
        Map<String, Object> is = list == null ? after.getMap("total") : figures(group(after, list, field, key));
        Map<String, Long> added = new java.util.HashMap<>();
        for (String count : List.of("requestsSent", "open", "answered", "accepted", "declined", "agreementsSigned")) {
            added.put(count, number(is, count) - number(was, count));
        }
        return added;
    }

    private static Map<String, Object> group(JsonPath indicators, String list, String field, String key) {
        List<Map<String, Object>> groups = indicators.getList(list);
        return groups.stream().filter(g -> key.equals(g.get(field))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Map<String, Object> group) {
        return group == null ? Map.of() : (Map<String, Object>) group.get("figures");
    }

    private static long number(Map<String, Object> figures, String name) {
        Object value = figures.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The introductions and firms of this test leave the shared database. */
    @AfterAll
    static void cleanUp() throws SQLException {
        try (Connection connection = TestFirms.database();
                PreparedStatement introductions = connection.prepareStatement(
                        "delete from introduction where firm_id = any(?) or organisation_key = any(?)");
                PreparedStatement firms = connection.prepareStatement("delete from firm where id = any(?)")) {
            java.sql.Array ids = connection.createArrayOf("varchar", FIRMS.toArray());
            introductions.setArray(1, ids);
            introductions.setArray(2, ids);
            introductions.executeUpdate();
            firms.setArray(1, ids);
            firms.executeUpdate();
        }
    }
}
