package org.knowbridge.firmprofiles.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.knowbridge.firmprofiles.TestFirms.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** Who may see and change what, one rule per test, with the real tokens of each role. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmVisibilityTest {

    private static final String PROFILE = """
            {"legalName": "%s", "country": "NL", "employees": 25, "turnoverEur": 3000000, "exportShare": 0.4,
             "knowledgeAreasOffered": ["agritech"]}
            """;

    @Test
    void anSmeReadsAndChangesItsOwnFirm() {
        String own = TestFirms.demoSmeFirm(DemoUsers.SME, DemoUsers.SME_FIRM_ID);
        var firm = TestFirms.read(DemoUsers.SME, own);
        String name = firm.path("legalName");
        as(DemoUsers.SME)
                .header("If-Match", firm.header("ETag"))
                .body("{\"legalName\": \"" + name + "\", \"country\": \"" + firm.path("country")
                        + "\", \"employees\": 8}")
                .put("/api/v1/firms/" + own)
                .then()
                .statusCode(200)
                .body("id", equalTo(own))
                .body("employees", equalTo(8));
        as(DemoUsers.SME)
                .get("/api/v1/firms/" + own + "/export")
                .then()
                .statusCode(200)
                .body("firm.id", equalTo(own));
        as(DemoUsers.SME).get("/api/v1/firms").then().statusCode(200).body("items.id", everyItem(equalTo(own)));
    }

    @Test
    void anSmeGetsNotFoundForAnyOtherFirmAndLearnsNothing() {
        String other = TestFirms.demoSmeFirm(DemoUsers.OTHER_SME, DemoUsers.OTHER_SME_FIRM_ID);
        String published = TestFirms.published(PROFILE.formatted(TestFirms.uniqueName("Visible BV")));
        for (String id : new String[] {other, published}) {
            as(DemoUsers.SME)
                    .get("/api/v1/firms/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("legalName", nullValue());
            as(DemoUsers.SME)
                    .header("If-Match", "\"0\"")
                    .body("{\"legalName\": \"Hijack\", \"country\": \"NL\"}")
                    .put("/api/v1/firms/" + id)
                    .then()
                    .statusCode(404);
            as(DemoUsers.SME).post("/api/v1/firms/" + id + "/submit").then().statusCode(404);
            as(DemoUsers.SME)
                    .body("{\"listedToPartners\": false, \"contactAllowed\": false}")
                    .put("/api/v1/firms/" + id + "/consent")
                    .then()
                    .statusCode(404);
            as(DemoUsers.SME).get("/api/v1/firms/" + id + "/export").then().statusCode(404);
            as(DemoUsers.SME).delete("/api/v1/firms/" + id).then().statusCode(404);
        }
    }

    @Test
    void aPartnerSeesOnlyThePublicFieldsOfAPublishedListedFirm() {
        String name = TestFirms.uniqueName("Open Farms BV");
        String id = TestFirms.published(PROFILE.formatted(name));
        as(DemoUsers.PARTNER)
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("legalName", equalTo(name))
                .body("sizeClass", equalTo("SMALL"))
                .body("knowledgeAreasOffered", hasItem("agritech"))
                .body("contactAllowed", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("employees")))
                .body("$", not(org.hamcrest.Matchers.hasKey("turnoverEur")))
                .body("$", not(org.hamcrest.Matchers.hasKey("exportShare")))
                .body("$", not(org.hamcrest.Matchers.hasKey("onboardedBy")))
                .header("ETag", nullValue());
        as(DemoUsers.PARTNER)
                .queryParam("q", name)
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void aPartnerGetsNotFoundForUnpublishedOrUnlistedFirms() {
        String draft = TestFirms.onboard(PROFILE.formatted(TestFirms.uniqueName("Draft Farms")));
        String unlisted = TestFirms.published(PROFILE.formatted(TestFirms.uniqueName("Private Farms")));
        as(DemoUsers.AGENCY)
                .body("{\"listedToPartners\": false, \"contactAllowed\": true}")
                .put("/api/v1/firms/" + unlisted + "/consent")
                .then()
                .statusCode(200);
        for (String id : new String[] {draft, unlisted}) {
            as(DemoUsers.PARTNER).get("/api/v1/firms/" + id).then().statusCode(404);
        }
        as(DemoUsers.PARTNER)
                .queryParam("status", "DRAFT")
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aPartnerChangesNothing() {
        String id = TestFirms.published(PROFILE.formatted(TestFirms.uniqueName("Guarded Farms")));
        as(DemoUsers.PARTNER)
                .header("If-Match", "\"0\"")
                .body("{\"legalName\": \"Hijack\", \"country\": \"NL\"}")
                .put("/api/v1/firms/" + id)
                .then()
                .statusCode(403);
        as(DemoUsers.PARTNER).post("/api/v1/firms/" + id + "/suspend").then().statusCode(403);
        as(DemoUsers.PARTNER).delete("/api/v1/firms/" + id).then().statusCode(403);
        as(DemoUsers.PARTNER).get("/api/v1/firms/" + id + "/export").then().statusCode(403);
    }

    @Test
    void anAgencyManagesOnlyTheFirmsItOnboarded() {
        String byAdmin = TestFirms.as(DemoUsers.ADMIN)
                .body(PROFILE.formatted(TestFirms.uniqueName("Admin Made")))
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(DemoUsers.AGENCY).get("/api/v1/firms/" + byAdmin).then().statusCode(404);
        as(DemoUsers.AGENCY).post("/api/v1/firms/" + byAdmin + "/submit").then().statusCode(404);
        as(DemoUsers.AGENCY).get("/api/v1/firms").then().statusCode(200).body("items.id", not(hasItem(byAdmin)));
        String own = TestFirms.onboard(PROFILE.formatted(TestFirms.uniqueName("Agency Made")));
        as(DemoUsers.AGENCY).get("/api/v1/firms/" + own).then().statusCode(200).body("employees", equalTo(25));
    }

    @Test
    void anAdminSeesAndManagesEveryFirm() {
        String id = TestFirms.onboard(PROFILE.formatted(TestFirms.uniqueName("Any Firm")));
        var firm = TestFirms.read(DemoUsers.ADMIN, id);
        as(DemoUsers.ADMIN)
                .header("If-Match", firm.header("ETag"))
                .body("{\"legalName\": \"Renamed by admin\", \"country\": \"NL\"}")
                .put("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("legalName", equalTo("Renamed by admin"));
        as(DemoUsers.ADMIN)
                .get("/api/v1/firms/" + TestFirms.demoSmeFirm(DemoUsers.SME, DemoUsers.SME_FIRM_ID))
                .then()
                .statusCode(200)
                .header("ETag", notNullValue());
        as(DemoUsers.ADMIN).delete("/api/v1/firms/" + id).then().statusCode(204);
    }

    @Test
    void anAccountWithoutARoleListsNothing() {
        as(DemoUsers.VISITOR).get("/api/v1/firms").then().statusCode(403).contentType("application/problem+json");
    }
}
