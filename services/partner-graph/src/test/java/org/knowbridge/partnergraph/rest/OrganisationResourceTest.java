package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class OrganisationResourceTest {

    private static final String UNIVERSITY = """
            {"name": "Aalto University", "country": "FI", "type": "UNIVERSITY", "sme": false}
            """;

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        given().when()
                .get("/api/v1/organisations/cordis:999")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void smeUsersCannotMaintainOrganisations() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + newKey())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAgencyRecordsAnOrganisationThatEveryRoleCanRead() {
        String key = newKey();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType(ContentType.JSON)
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(201)
                .body("key", equalTo(key));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .statusCode(200)
                .body("name", equalTo("Aalto University"))
                .body("type", equalTo("UNIVERSITY"))
                .body("country", equalTo("FI"));
    }

    @Test
    void replacingAnOrganisationNeedsTheETagItWasReadWith() {
        String key = newKey();
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        String renamed = "{\"name\": \"Aalto-yliopisto\", \"country\": \"FI\", \"type\": \"UNIVERSITY\"}";
        String created = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        String read = given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals(created, read, "a read after the write names the version the write answered");

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(renamed)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:precondition-required"));
        String replaced = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(renamed)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(200)
                .body("name", equalTo("Aalto-yliopisto"))
                .extract()
                .header("ETag");
        assertNotEquals(read, replaced, "a replacement is a new version");

        // A writer still holding the first version would overwrite the rename unseen: refused.
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:precondition-failed"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"not-a-version\"")
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .statusCode(200)
                .header("ETag", replaced)
                .body("name", equalTo("Aalto-yliopisto"));
    }

    @Test
    void ifMatchOnAKeyThatDoesNotExistCreatesNothing() {
        String key = newKey();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .statusCode(404);
    }

    @Test
    void aChangeByAnImportMakesAnEarlierETagStale() {
        String source = TestData.newSource();
        String organisations = "id,name,country,type,sme,city,nuts\n1,Stale Oy,FI,FIRM,true,,\n";
        assertEquals(
                "SUCCEEDED",
                TestData.awaitImport(TestData.startImport(source, "organisations", organisations))
                        .getString("state"));
        String before = TestData.etag(source + ":1");
        assertEquals(
                "SUCCEEDED",
                TestData.awaitImport(TestData.startImport(
                                source, "organisations", organisations.replace("Stale Oy", "Stale Finland Oy")))
                        .getString("state"));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .header("If-Match", before)
                .body("{\"name\": \"Overwritten\", \"country\": \"FI\", \"type\": \"COMPANY\", \"sme\": true}")
                .when()
                .put("/api/v1/organisations/" + source + ":1")
                .then()
                .statusCode(412);
    }

    @Test
    void theOldTypeNameFirmIsRefusedNamingTheType() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Old Words Oy\", \"country\": \"FI\", \"type\": \"FIRM\", \"sme\": true}")
                .when()
                .put("/api/v1/organisations/" + TestData.newKey())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("type")));
    }

    @Test
    void aPartnerMaintainsOnlyItsOwnOrganisation() {
        String partner = DemoUsers.token(DemoUsers.PARTNER);
        String own = "{\"name\": \"Demo Partner GmbH\", \"country\": \"DE\", \"type\": \"COMPANY\", \"sme\": true}";
        assertThat(
                TestData.putFromCurrentVersion(DemoUsers.PARTNER, "org-partner-demo", own),
                org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/" + newKey())
                .then()
                .statusCode(403);
    }

    @Test
    void unknownOrganisationsAreNotFound() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + newKey())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-found"));
    }

    @Test
    void unknownEnumValuesAreNamed() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"country\": \"FI\", \"type\": \"SPACESHIP\"}")
                .when()
                .put("/api/v1/organisations/" + newKey())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void malformedKeysAreRejected() {
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body(UNIVERSITY)
                .when()
                .put("/api/v1/organisations/-bad key!")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static String newKey() {
        return "test:" + UUID.randomUUID();
    }
}
