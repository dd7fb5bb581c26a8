package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.common.testing.DemoUsers;
import org.knowbridge.common.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class OrganisationResourceTest {

    private static final String UNIVERSITY = """
            {"name": "Aalto University", "country": "FI", "type": "UNIVERSITY", "sme": false}
            """;

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        given().when().get("/api/v1/organisations/cordis:999")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void smeUsersCannotMaintainOrganisations() {
        given().auth().oauth2(DemoUsers.token(DemoUsers.SME)).contentType(ContentType.JSON).body(UNIVERSITY)
                .when().put("/api/v1/organisations/" + newKey())
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAgencyRecordsAnOrganisationThatEveryRoleCanRead() {
        String key = newKey();
        given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).contentType(ContentType.JSON).body(UNIVERSITY)
                .when().put("/api/v1/organisations/" + key)
                .then().statusCode(201)
                .body("key", equalTo(key));
        given().auth().oauth2(DemoUsers.token(DemoUsers.SME))
                .when().get("/api/v1/organisations/" + key)
                .then().statusCode(200)
                .body("name", equalTo("Aalto University"))
                .body("type", equalTo("UNIVERSITY"))
                .body("country", equalTo("FI"));
    }

    @Test
    void writingTheSameKeyAgainUpdatesTheOneNode() {
        String key = newKey();
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(UNIVERSITY)
                .when().put("/api/v1/organisations/" + key).then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\": \"Aalto-yliopisto\", \"country\": \"FI\", \"type\": \"UNIVERSITY\"}")
                .when().put("/api/v1/organisations/" + key).then().statusCode(200);
        given().auth().oauth2(admin).when().get("/api/v1/organisations/" + key)
                .then().statusCode(200).body("name", equalTo("Aalto-yliopisto"));
    }

    @Test
    void aPartnerMaintainsOnlyItsOwnOrganisation() {
        String partner = DemoUsers.token(DemoUsers.PARTNER);
        String own = "{\"name\": \"Demo Partner GmbH\", \"country\": \"DE\", \"type\": \"FIRM\", \"sme\": true}";
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(own)
                .when().put("/api/v1/organisations/org-partner-demo")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(UNIVERSITY)
                .when().put("/api/v1/organisations/" + newKey())
                .then().statusCode(403);
    }

    @Test
    void unknownOrganisationsAreNotFound() {
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when().get("/api/v1/organisations/" + newKey())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-found"));
    }

    @Test
    void unknownEnumValuesAreNamed() {
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN)).contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"country\": \"FI\", \"type\": \"SPACESHIP\"}")
                .when().put("/api/v1/organisations/" + newKey())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void malformedKeysAreRejected() {
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN)).contentType(ContentType.JSON).body(UNIVERSITY)
                .when().put("/api/v1/organisations/-bad key!")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String newKey() {
        return "test:" + UUID.randomUUID();
    }
}
