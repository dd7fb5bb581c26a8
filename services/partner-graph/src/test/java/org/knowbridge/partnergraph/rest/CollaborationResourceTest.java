package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class CollaborationResourceTest {

    private static String ownFirm;
    private static String otherAgencysFirm;

    private String firm;
    private String university;

    @BeforeEach
    void organisations() {
        firm = TestData.organisation(TestData.newKey(), "Acme Oy", "FI", "COMPANY", true, "C26");
        university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        // The demo sme's firm, mirrored from its event, and the demo partner's own organisation.
        MirroredFirms.demoFirms();
        TestData.demoPartnerOrganisation();
    }

    @Test
    void anAgencyRecordsACollaborationOfAFirmItOnboardedAndItsPartiesCanRead() {
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        String key = given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(
                        ownFirm(), "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("channel", equalTo("CO_DEVELOPMENT"))
                .body("source", equalTo("AGENCY"))
                .body("outcome", equalTo("UNKNOWN"))
                .body("parties.organisationKey", hasItem(university))
                .extract()
                .path("key");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/collaborations/" + key)
                .then()
                .statusCode(200)
                .body("startYear", equalTo(2022))
                .body("parties.find { it.organisationKey == '" + university + "' }.partnerKind", equalTo("UNIVERSITY"));
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/collaborations/" + key)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body("{\"endYear\": 2024}")
                .when()
                .post("/api/v1/collaborations/" + key + "/end")
                .then()
                .statusCode(200)
                .body("endYear", equalTo(2024));
    }

    @Test
    void anAgencyCannotActForAnotherAgencysFirmNorForOrganisationsNoFirmOfItsOwnIsPartyTo() {
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        // Recording answers 403, as for an sme or partner that is not a party.
        for (String other : List.of(otherAgencysFirm(), firm)) {
            given().auth()
                    .oauth2(agency)
                    .contentType(ContentType.JSON)
                    .body(TestData.collaborationBody(
                            other, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022, null))
                    .when()
                    .post("/api/v1/collaborations")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        // Reading and ending another agency's collaboration answer 404, as if it did not exist.
        String theirs = TestData.collaboration(
                otherAgencysFirm(), "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2021);
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/collaborations/" + theirs)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body("{\"endYear\": 2024}")
                .when()
                .post("/api/v1/collaborations/" + theirs + "/end")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/collaborations/" + theirs)
                .then()
                .statusCode(200)
                .body("endYear", nullValue());
    }

    @Test
    void anAgencyActsForTheImportedNodeOfAFirmItOnboardedOnlyOnceTheLinkIsVerified() {
        String imported = TestData.organisation(TestData.newKey(), "Registered Optics Oy", "FI", "COMPANY", true, null);
        String firmId = MirroredFirms.registered("Registered Optics Oy", MirroredFirms.DEMO_AGENCY, imported);
        // The register id alone is a claim: until someone with the right verifies it, the node is not the agency's.
        recordAsAgencyFor(imported).statusCode(403);
        MirroredFirms.verifyLink(firmId, DemoUsers.ADMIN);
        recordAsAgencyFor(imported).statusCode(201);
    }

    private io.restassured.response.ValidatableResponse recordAsAgencyFor(String party) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(party, "SUPPLIER", university, "UNIVERSITY", "LICENSING", 2023, null))
                .when()
                .post("/api/v1/collaborations")
                .then();
    }

    /** A firm the demo agency onboarded, mirrored from its event; one per test run, since mirroring takes a moment. */
    private static synchronized String ownFirm() {
        if (ownFirm == null) {
            ownFirm = MirroredFirms.registered("Own Agency Firm Oy", MirroredFirms.DEMO_AGENCY, null);
        }
        return ownFirm;
    }

    private static synchronized String otherAgencysFirm() {
        if (otherAgencysFirm == null) {
            otherAgencysFirm = MirroredFirms.registered("Other Agency Firm Oy", MirroredFirms.OTHER_AGENCY, null);
        }
        return otherAgencysFirm;
    }

    @Test
    void anSmeRecordsCollaborationsOfItsOwnFirmOnly() {
        String sme = DemoUsers.token(DemoUsers.SME);
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(
                        DemoUsers.SME_FIRM_ID, "CUSTOMER", university, "UNIVERSITY", "PURCHASED_KNOWLEDGE", 2023, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201)
                .body("source", equalTo("SELF_REPORTED"));
        given().auth()
                .oauth2(sme)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(
                        firm, "CUSTOMER", university, "UNIVERSITY", "PURCHASED_KNOWLEDGE", 2023, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aPartnerRecordsOnlyWhereItIsAParty() {
        String partner = DemoUsers.token(DemoUsers.PARTNER);
        given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(
                        "org-partner-demo", "SUPPLIER", firm, "CUSTOMER", "LICENSING", 2021, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(firm, "CUSTOMER", university, "UNIVERSITY", "LICENSING", 2021, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(403);
    }

    @Test
    void othersCannotSeeACollaboration() {
        String key = TestData.collaboration(firm, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2020);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.OTHER_SME))
                .when()
                .get("/api/v1/collaborations/" + key)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.VISITOR))
                .when()
                .get("/api/v1/collaborations/" + key)
                .then()
                .statusCode(403);
        given().when().get("/api/v1/collaborations/" + key).then().statusCode(401);
    }

    @Test
    void endingSetsTheYearOnceAndOnlyOnce() {
        String key = TestData.collaboration(firm, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2020);
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"endYear\": 2019}")
                .when()
                .post("/api/v1/collaborations/" + key + "/end")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("endYear"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"endYear\": 2023, \"outcome\": \"NEW_TO_MARKET_PRODUCT\"}")
                .when()
                .post("/api/v1/collaborations/" + key + "/end")
                .then()
                .statusCode(200)
                .body("endYear", equalTo(2023))
                .body("outcome", equalTo("NEW_TO_MARKET_PRODUCT"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"endYear\": 2024}")
                .when()
                .post("/api/v1/collaborations/" + key + "/end")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void unknownOrganisationsAreNamed() {
        String missing = TestData.newKey();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(firm, "CUSTOMER", missing, "SUPPLIER", "CO_DEVELOPMENT", 2022, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parties[1].organisationKey"));
    }

    @Test
    void anOrganisationCannotCollaborateWithItself() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(firm, "CUSTOMER", firm, "SUPPLIER", "CO_DEVELOPMENT", 2022, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parties[1].organisationKey"));
    }

    @Test
    void aCollaborationCannotEndBeforeItStarts() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(
                        firm, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022, 2021))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endYear"));
    }

    @Test
    void unknownEnumValuesAndMissingFieldsAreProblems() {
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(
                        firm, "FRENEMY", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parties[0].partnerKind"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(firm, "CUSTOMER", university, "UNIVERSITY", "TELEPATHY", 2022, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("channel"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"parties\": [{\"organisationKey\": \"" + firm
                        + "\", \"partnerKind\": \"CUSTOMER\"}], \"channel\": \"LICENSING\"}")
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parties"))
                .body("errors.field", hasItem("startYear"));
    }
}
