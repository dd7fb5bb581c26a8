package org.knowbridge.firmprofiles.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.knowbridge.firmprofiles.TestFirms.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** The complete profile, optimistic concurrency, status transitions, consent, export and erasure. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmProfileLifecycleTest {

    private static final String FULL_PROFILE = """
            {"legalName": "%s", "country": "FI", "nutsRegion": "fi1b1", "sector": "c26.1", "employees": 40,
             "turnoverEur": 12000000, "foundingYear": 2011, "exportShare": 0.6, "rdIntensity": 0.12,
             "knowledgeAreasOffered": ["photonics", "photonics", " sensors "], "knowledgeAreasSought": ["machine learning"],
             "targetCountries": ["DE", "UK"], "preferredPartnerKinds": ["SUPPLIER", "UNIVERSITY"],
             "preferredChannels": ["CO_DEVELOPMENT"]}
            """;

    @Test
    void everyProfileFieldIsStoredNormalisedWithTheSizeClassDerived() {
        String id = TestFirms.onboard(FULL_PROFILE.formatted(TestFirms.uniqueName("Lumen Sensors")));
        as(DemoUsers.AGENCY)
                .get("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("nutsRegion", equalTo("FI1B1"))
                .body("sector", equalTo("C26.1"))
                .body("employees", equalTo(40))
                .body("turnoverEur", equalTo(12000000))
                // 40 staff fit "small", but a turnover above EUR 10 m makes the firm medium-sized.
                .body("sizeClass", equalTo("MEDIUM"))
                .body("foundingYear", equalTo(2011))
                .body("exportShare", equalTo(0.6f))
                .body("knowledgeAreasOffered", contains("photonics", "sensors"))
                .body("targetCountries", contains("DE", "GB"))
                .body("preferredPartnerKinds", contains("SUPPLIER", "UNIVERSITY"))
                .body("status", equalTo("DRAFT"))
                .body("listedToPartners", equalTo(false))
                .body("contactAllowed", equalTo(false));
    }

    @Test
    void aSectorWithoutItsSectionLetterIsStoredWithIt() {
        String id = TestFirms.onboard("{\"legalName\": \"%s\", \"country\": \"FI\", \"sector\": \"62.01\"}"
                .formatted(TestFirms.uniqueName("Letterless Oy")));
        as(DemoUsers.AGENCY).get("/api/v1/firms/" + id).then().statusCode(200).body("sector", equalTo("J62.01"));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        String name = TestFirms.uniqueName("Versioned Oy");
        String id = TestFirms.onboard(name, "FI");
        String etag = TestFirms.read(DemoUsers.AGENCY, id).header("ETag");

        String changed = "{\"legalName\": \"" + name + "\", \"country\": \"FI\", \"employees\": 300}";
        as(DemoUsers.AGENCY)
                .body(changed)
                .put("/api/v1/firms/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:precondition-required"));
        String newTag = as(DemoUsers.AGENCY)
                .header("If-Match", etag)
                .body(changed)
                .put("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("sizeClass", equalTo("LARGE"))
                .header("ETag", not(equalTo(etag)))
                .extract()
                .header("ETag");
        // A second writer still holding the first ETag must not overwrite the change.
        as(DemoUsers.AGENCY)
                .header("If-Match", etag)
                .body("{\"legalName\": \"Stale\", \"country\": \"FI\"}")
                .put("/api/v1/firms/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:precondition-failed"));
        as(DemoUsers.AGENCY)
                .header("If-Match", newTag)
                .body("{\"legalName\": \"" + name + "\", \"country\": \"FI\"}")
                .put("/api/v1/firms/" + id)
                .then()
                .statusCode(200)
                .body("employees", nullValue())
                .body("sizeClass", nullValue());
    }

    @Test
    void badProfileValuesAreNamed() {
        as(DemoUsers.AGENCY)
                .body("""
                {"legalName": "Bad Values", "country": "FI", "sector": "Z26", "employees": -1, "exportShare": 1.5,
                 "foundingYear": 1500, "targetCountries": ["XX"], "preferredChannels": ["TELEPATHY"]}
                """)
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("preferredChannels[0]"));
        as(DemoUsers.AGENCY)
                .body("""
                {"legalName": "Bad Values", "country": "FI", "sector": "Z26", "employees": -1, "exportShare": 1.5,
                 "foundingYear": 1500, "nutsRegion": "toolong1"}
                """)
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sector"))
                .body("errors.field", hasItem("employees"))
                .body("errors.field", hasItem("exportShare"))
                .body("errors.field", hasItem("foundingYear"))
                .body("errors.field", hasItem("nutsRegion"));
        as(DemoUsers.AGENCY)
                .body("{\"legalName\": \"Nowhere\", \"country\": \"FI\", \"targetCountries\": [\"DE\", \"QQ\"]}")
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("targetCountries[1]"));
        String tooMany = "[" + "\"a\",".repeat(60) + "\"a\"]";
        as(DemoUsers.AGENCY)
                .body("{\"legalName\": \"Many\", \"country\": \"FI\", \"knowledgeAreasOffered\": " + tooMany + "}")
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("knowledgeAreasOffered"));
    }

    @Test
    void aFirmGoesFromDraftToPublishedAndCanBeSuspended() {
        String id = TestFirms.onboard(TestFirms.uniqueName("Workflow AB"), "SE");
        as(DemoUsers.AGENCY)
                .post("/api/v1/firms/" + id + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:conflict"));
        as(DemoUsers.AGENCY)
                .post("/api/v1/firms/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(DemoUsers.ADMIN)
                .post("/api/v1/firms/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as(DemoUsers.AGENCY)
                .post("/api/v1/firms/" + id + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        as(DemoUsers.AGENCY)
                .post("/api/v1/firms/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anSmeSubmitsItsOwnFirmButCannotPublishIt() {
        String own = TestFirms.demoSmeFirm(DemoUsers.OTHER_SME, DemoUsers.OTHER_SME_FIRM_ID);
        String status = TestFirms.read(DemoUsers.OTHER_SME, own).path("status");
        if (status.equals("DRAFT") || status.equals("SUSPENDED")) {
            as(DemoUsers.OTHER_SME)
                    .post("/api/v1/firms/" + own + "/submit")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
        }
        as(DemoUsers.OTHER_SME)
                .post("/api/v1/firms/" + own + "/publish")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(DemoUsers.OTHER_SME).post("/api/v1/firms/" + own + "/suspend").then().statusCode(403);
    }

    @Test
    void consentIsChangedOnItsOwn() {
        String id = TestFirms.onboard(TestFirms.uniqueName("Consenting GmbH"), "DE");
        as(DemoUsers.AGENCY)
                .body("{\"listedToPartners\": true, \"contactAllowed\": true}")
                .put("/api/v1/firms/" + id + "/consent")
                .then()
                .statusCode(200)
                .body("listedToPartners", equalTo(true))
                .body("contactAllowed", equalTo(true));
        as(DemoUsers.AGENCY)
                .body("{\"listedToPartners\": true}")
                .put("/api/v1/firms/" + id + "/consent")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("contactAllowed"));
    }

    @Test
    void theGdprExportHoldsEveryFieldOfTheFirm() {
        String name = TestFirms.uniqueName("Exported Srl");
        String id = TestFirms.onboard(FULL_PROFILE.formatted(name));
        as(DemoUsers.AGENCY)
                .get("/api/v1/firms/" + id + "/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment"))
                .body("exportedAt", notNullValue())
                .body("firm.id", equalTo(id))
                .body("firm.legalName", equalTo(name))
                .body("firm.turnoverEur", equalTo(12000000))
                .body("firm.onboardedBy", equalTo("org-agency-demo"));
    }

    @Test
    void anErasedFirmIsGone() {
        String id = TestFirms.onboard(TestFirms.uniqueName("Forget Me Ltd"), "IE");
        as(DemoUsers.AGENCY).delete("/api/v1/firms/" + id).then().statusCode(204);
        as(DemoUsers.ADMIN).get("/api/v1/firms/" + id).then().statusCode(404);
        as(DemoUsers.AGENCY).delete("/api/v1/firms/" + id).then().statusCode(404);
    }

    @Test
    void listsFilterAndPageWithACursor() {
        String marker = TestFirms.uniqueName("Pagina");
        for (int i = 0; i < 3; i++) {
            TestFirms.onboard("{\"legalName\": \"" + marker + " " + i
                    + "\", \"country\": \"PT\", \"sector\": \"J62.01\", \"employees\": 5,"
                    + " \"knowledgeAreasSought\": [\"" + marker + "\"]}");
        }
        TestFirms.onboard("{\"legalName\": \"" + marker
                + " big\", \"country\": \"PT\", \"sector\": \"J62.01\", \"employees\": 500}");

        String cursor = as(DemoUsers.AGENCY)
                .queryParam("q", marker.toLowerCase())
                .queryParam("sizeClass", "MICRO")
                .queryParam("limit", 2)
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        as(DemoUsers.AGENCY)
                .queryParam("q", marker)
                .queryParam("sizeClass", "MICRO")
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("nextCursor", nullValue());
        as(DemoUsers.AGENCY)
                .queryParam("knowledgeArea", marker)
                .queryParam("country", "PT")
                .queryParam("sector", "J62")
                .queryParam("status", "DRAFT")
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items[0].employees", nullValue());
        as(DemoUsers.AGENCY)
                .queryParam("q", marker)
                .queryParam("sizeClass", "LARGE")
                .get("/api/v1/firms")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void badListParametersAreNamed() {
        as(DemoUsers.AGENCY)
                .queryParam("sizeClass", "HUGE")
                .queryParam("limit", 1000)
                .get("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sizeClass"))
                .body("errors.field", hasItem("limit"));
        as(DemoUsers.AGENCY)
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/firms")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(DemoUsers.AGENCY)
                .queryParam("country", "QQ")
                .get("/api/v1/firms")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("country"));
    }
}
