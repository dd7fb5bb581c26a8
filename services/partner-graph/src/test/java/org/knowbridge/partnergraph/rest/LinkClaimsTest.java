package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;

/**
 * A firm naming an existing organisation as its register id only claims to be it: the organisation's own partner
 * account (or an admin) decides, nobody else; until then the firm's agency does not act for the organisation, and
 * once verified the firm is that one node, by its firm id too.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class LinkClaimsTest {

    @Test
    void theOrganisationsOwnPartnerVerifiesAndTheFirmIsThenThatNode() {
        String organisation = "org-partner-link-" + UUID.randomUUID().toString().substring(0, 8);
        try (RealmAccount partner = RealmAccount.forOrganisation("partner", organisation)) {
            given().auth()
                    .oauth2(partner.token())
                    .contentType("application/json")
                    .body(
                            "{\"name\": \"Linked Partner Oy\", \"country\": \"FI\", \"type\": \"COMPANY\", \"sme\": true}")
                    .put("/api/v1/organisations/" + organisation)
                    .then()
                    .statusCode(201);
            String university =
                    TestData.organisation(TestData.newKey(), "Link University", "SE", "UNIVERSITY", false, null);
            TestData.collaboration(organisation, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2023);
            String firmId = MirroredFirms.registered("Linked Partner Oy", MirroredFirms.DEMO_AGENCY, organisation);
            try (RealmAccount staff = RealmAccount.forFirm(firmId)) {
                // Claimed only: the firm's agency does not act for the organisation, the firm's node is its own.
                recordAsAgency(organisation).statusCode(403);
                given().auth()
                        .oauth2(staff.token())
                        .get("/api/v1/organisations/" + firmId + "/partners")
                        .then()
                        .statusCode(200)
                        .body("items.partner.key", not(hasItem(university)));

                // Nobody but the organisation's own account or an admin decides: another partner does not see the
                // claim, the other roles may not decide at all.
                decide(DemoUsers.token(DemoUsers.PARTNER), firmId, "verify").statusCode(404);
                decide(DemoUsers.token(DemoUsers.PARTNER), firmId, "reject").statusCode(404);
                decide(DemoUsers.token(DemoUsers.AGENCY), firmId, "verify").statusCode(403);
                decide(staff.token(), firmId, "verify").statusCode(403);
                given().auth()
                        .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                        .get("/api/v1/links")
                        .then()
                        .statusCode(403);
                assertTrue(pendingClaims().contains(firmId), "the admin lists the pending claim");

                decide(partner.token(), firmId, "verify").statusCode(200).body("status", equalTo("VERIFIED"));
                decide(partner.token(), firmId, "reject").statusCode(409);

                // One node: asked by its firm id, the firm is the organisation, with its neighbourhood; the agency
                // now acts for it; it is a platform firm, written by firm-profiles' events only.
                given().auth()
                        .oauth2(staff.token())
                        .get("/api/v1/organisations/" + firmId)
                        .then()
                        .statusCode(200)
                        .body("key", equalTo(organisation));
                given().auth()
                        .oauth2(staff.token())
                        .get("/api/v1/organisations/" + firmId + "/partners")
                        .then()
                        .statusCode(200)
                        .body("items.partner.key", hasItem(university));
                recordAsAgency(organisation).statusCode(201);
                recordAsAgency(firmId).statusCode(201).body("parties.organisationKey", hasItem(organisation));
                given().auth()
                        .oauth2(partner.token())
                        .contentType("application/json")
                        .body("{\"name\": \"Renamed Oy\", \"country\": \"FI\", \"type\": \"COMPANY\", \"sme\": true}")
                        .header("If-Match", TestData.etag(organisation))
                        .put("/api/v1/organisations/" + organisation)
                        .then()
                        .statusCode(409);
            } finally {
                MirroredFirms.publish(firmId, List.of(MirroredFirms.erased(firmId)));
                MirroredFirms.awaitOrganisation(organisation, status -> status == 404);
            }
        }
    }

    /** Every pending claim's firm id, page by page: a demo or earlier runs may hold thousands. */
    private static List<String> pendingClaims() {
        List<String> firmIds = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                    .queryParam("status", "PENDING")
                    .queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/links")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            firmIds.addAll(page.getList("items.firmId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return firmIds;
    }

    private static io.restassured.response.ValidatableResponse decide(String token, String firmId, String decision) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .post("/api/v1/links/" + firmId + "/" + decision)
                .then();
    }

    private static io.restassured.response.ValidatableResponse recordAsAgency(String party) {
        String university = TestData.organisation(TestData.newKey(), "Link Institute", "DE", "UNIVERSITY", false, null);
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .contentType("application/json")
                .body(TestData.collaborationBody(
                        party, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2024, null))
                .post("/api/v1/collaborations")
                .then();
    }
}
