package org.knowbridge.firmprofiles.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/** Bad input is a problem+json 400 (or 406/415) naming what is wrong, never a 404 or 500. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmInputHardeningTest {

    private static final String FIRM = "{\"legalName\": \"Nordic Sensors Oy\", \"country\": \"FI\"}";

    private static RequestSpecification agency() {
        return given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY));
    }

    @Test
    void aNulCharacterInAJsonFieldIsNamed() {
        agency().contentType(ContentType.JSON)
                .body("{\"legalName\": \"Nordic\\u0000Sensors\", \"country\": \"FI\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("legalName"));
    }

    /** Stored, half a surrogate pair would silently become '?': refused, and nothing is created. */
    @Test
    void halfASurrogatePairInAJsonFieldIsNamed() {
        agency().contentType(ContentType.JSON)
                .body("{\"legalName\": \"Nordic\\ud800Sensors\", \"country\": \"FI\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("legalName"))
                .body("errors.message", hasItem("must not contain half of a UTF-16 surrogate pair"));
    }

    @Test
    void aNulCharacterInAQueryParameterIsNamed() {
        for (String parameter : new String[] {"q", "knowledgeArea"}) {
            agency().queryParam(parameter, "sens\u0000ors")
                    .when()
                    .get("/api/v1/firms")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(parameter));
        }
    }

    @Test
    void jsonFollowedByMoreIsRefused() {
        agency().contentType(ContentType.JSON)
                .body(FIRM + " {\"legalName\": \"Second\"}")
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:malformed-request"));
    }

    @Test
    void aWordWhereANumberBelongsIsNamed() {
        agency().queryParam("limit", "abc")
                .when()
                .get("/api/v1/firms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void aFirmIdThatIsNoUuidIsNamed() {
        agency().when()
                .get("/api/v1/firms/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
    }

    @Test
    void aBodyOfAnotherMediaTypeIsRefusedInOurWords() {
        agency().contentType(ContentType.TEXT)
                .body(FIRM)
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:unsupported-media-type"))
                .body("errors.field", hasItem("Content-Type"));
    }

    @Test
    void anAnswerTypeWeCannotGiveIsRefusedInOurWords() {
        agency().accept("text/csv")
                .when()
                .get("/api/v1/firms")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:knowbridge:problem:not-acceptable"))
                .body("errors.field", hasItem("Accept"));
    }

    @Test
    void locationIgnoresTheHostTheClientSends() {
        agency().contentType(ContentType.JSON)
                .header("Host", "evil.example")
                .body(FIRM)
                .when()
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://127.0.0.1:" + RestAssured.port + "/api/v1/firms/"));
    }

    @Test
    void apiAnswersAreNotCached() {
        agency().when().get("/api/v1/firms").then().statusCode(200).header("Cache-Control", "no-store");
    }
}
