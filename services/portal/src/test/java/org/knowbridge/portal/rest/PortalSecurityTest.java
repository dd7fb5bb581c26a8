package org.knowbridge.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the portal promises before anyone signs in: headers, the sign-in redirect, browser libraries served here. */
@QuarkusTest
class PortalSecurityTest {

    @Test
    void aPageSendsTheVisitorToKeycloakWithPkceAndAnHttpOnlySameSiteStateCookie() {
        given().redirects()
                .follow(false)
                .get("/suggestions")
                .then()
                .statusCode(302)
                .header(
                        "Location",
                        allOf(
                                startsWith("http://127.0.0.1:8180/realms/knowbridge/protocol/openid-connect/auth"),
                                containsString("client_id=portal"),
                                containsString("code_challenge_method=S256")))
                .header("Set-Cookie", allOf(containsString("HTTPOnly"), containsString("SameSite=Lax")));
    }

    @Test
    void aFormPostWithoutASessionChangesNothingAndAsksForASignIn() {
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("reason", "OTHER")
                .post("/suggestions/cordis:1/decline")
                .then()
                .statusCode(302)
                .header("Location", startsWith("http://127.0.0.1:8180/"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().get("/css/portal.css")
                .then()
                .statusCode(200)
                .header(
                        "Content-Security-Policy",
                        allOf(
                                containsString("script-src 'self';"),
                                containsString("frame-ancestors 'none'"),
                                containsString("default-src 'self'")))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer"));
    }

    @Test
    void theGraphLibraryIsServedByThePortalFromItsWebJar() {
        given().get("/webjars/cytoscape/" + new WebJars().getCytoscapeVersion() + "/dist/cytoscape.min.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"));
    }

    @Test
    void theSignedOutPageNeedsNoSignIn() {
        given().get("/signed-out").then().statusCode(200).body(containsString("You are signed out"));
    }
}
