package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** Each writes and explores within its own remit: an agency its own firms and organisations, nobody a firm's node. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class OrganisationRemitTest {

    private static final String RENAMED =
            "{\"name\": \"Renamed By Hand\", \"country\": \"SE\", \"type\": \"UNIVERSITY\", \"sme\": false}";

    @Test
    void nobodyRewritesAPlatformFirmsNodeThroughTheApi() {
        String firmId = MirroredFirms.registered("Mirrored Optics Oy", MirroredFirms.DEMO_AGENCY, null);
        // Not even its own agency or an admin: the firm's data changes in firm-profiles.
        for (String user : List.of(DemoUsers.ADMIN, DemoUsers.AGENCY, DemoUsers.PARTNER)) {
            given().auth()
                    .oauth2(DemoUsers.token(user))
                    .contentType(ContentType.JSON)
                    .header("If-Match", TestData.etag(firmId))
                    .body(RENAMED)
                    .when()
                    .put("/api/v1/organisations/" + firmId)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("firm-profiles"));
        }
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/organisations/" + firmId)
                .then()
                .statusCode(200)
                .body("name", equalTo("Mirrored Optics Oy"))
                .body("country", equalTo("FI"))
                .body("type", equalTo("COMPANY"));
    }

    @Test
    void anErasedFirmsIdCannotBeTakenThroughTheApi() {
        String firmId = MirroredFirms.registered("Erased Optics Oy", MirroredFirms.DEMO_AGENCY, null);
        MirroredFirms.publish(firmId, List.of(MirroredFirms.erased(firmId)));
        MirroredFirms.awaitOrganisation(firmId, status -> status == 404);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body(RENAMED)
                .when()
                .put("/api/v1/organisations/" + firmId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anAgencyMaintainsTheOrganisationsItCreatedAndNoOthers() {
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        String own = TestData.newKey();
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body(RENAMED)
                .when()
                .put("/api/v1/organisations/" + own)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .header("If-Match", TestData.etag(own))
                .body(RENAMED.replace("Renamed By Hand", "Renamed Again"))
                .when()
                .put("/api/v1/organisations/" + own)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed Again"));

        String adminsEntry =
                TestData.organisation(TestData.newKey(), "Register Entry", "NL", "UNIVERSITY", false, null);
        String partnersOwn = TestData.demoPartnerOrganisation();
        for (String notItsOwn : List.of(adminsEntry, partnersOwn)) {
            given().auth()
                    .oauth2(agency)
                    .contentType(ContentType.JSON)
                    .header("If-Match", TestData.etag(notItsOwn))
                    .body(RENAMED)
                    .when()
                    .put("/api/v1/organisations/" + notItsOwn)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + adminsEntry)
                .then()
                .statusCode(200)
                .body("name", equalTo("Register Entry"));
        // An admin maintains any organisation that is no platform firm's, the agency's too.
        org.hamcrest.MatcherAssert.assertThat(
                TestData.putFromCurrentVersion(DemoUsers.ADMIN, own, RENAMED), equalTo(200));
    }

    @Test
    void anAgencyExploresTheFirmsItOnboardedItsOwnAndRegisterOrganisationsOnly() {
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String own = MirroredFirms.registered("Own Explored Oy", MirroredFirms.DEMO_AGENCY, null);
        String theirs = MirroredFirms.registered("Their Explored Oy", MirroredFirms.OTHER_AGENCY, null);
        TestData.collaboration(own, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);
        TestData.collaboration(theirs, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);

        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + own + "/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", hasItem(university));
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + own + "/connection/" + university)
                .then()
                .statusCode(200)
                .body("connected", equalTo(true));
        // Another agency's firm is hidden from this one (firm-profiles' rule): not even an end of a chain.
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + own + "/connection/" + theirs)
                .then()
                .statusCode(404);
        // Another agency's firm is as unknown as a key that does not exist: for its partners and from it.
        for (String path : List.of("/partners", "/connection/" + own)) {
            given().auth()
                    .oauth2(agency)
                    .when()
                    .get("/api/v1/organisations/" + theirs + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        // Register data nobody on the platform answers for stays open to agencies.
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + university + "/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", hasItem(own))
                .body("items.partner.key", not(hasItem(theirs)));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + theirs + "/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", hasItem(university));
    }

    @Test
    void anAgencyRecordsCollaborationsForOrganisationsItCreated() {
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        String own = TestData.newKey();
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body(RENAMED)
                .when()
                .put("/api/v1/organisations/" + own)
                .then()
                .statusCode(201);
        String register = TestData.organisation(TestData.newKey(), "Lab Oy", "FI", "COMPANY", true, null);
        given().auth()
                .oauth2(agency)
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(own, "UNIVERSITY", register, "CUSTOMER", "LICENSING", 2024, null))
                .when()
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/organisations/" + own + "/partners")
                .then()
                .statusCode(200)
                .body("items.partner.key", hasItem(register));
    }
}
