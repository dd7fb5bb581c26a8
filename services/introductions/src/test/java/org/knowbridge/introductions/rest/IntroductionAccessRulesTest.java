package org.knowbridge.introductions.rest;

import static io.restassured.RestAssured.given;
import static org.knowbridge.platform.testing.access.AccessCall.call;
import static org.knowbridge.platform.testing.access.AccessCall.path;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.platform.testing.access.AccessCall;
import org.knowbridge.platform.testing.access.AccessFixture;
import org.knowbridge.platform.testing.access.AccessRulesContract;

/**
 * The x-access declarations of api-specs/introductions.yaml against the running service. An introduction is
 * "own" to a role when the caller is on one of its sides as the operation needs it (requester or recipient);
 * "another's" is one between firms of the second demo agency. Introductions are never published, so they have
 * no unpublished class; neither do the requesting firms of a new request (only own firms may request).
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroductionAccessRulesTest extends AccessRulesContract {

    private static final String SME_FIRM = UUID.randomUUID().toString();

    private static RealmAccount sme;
    private static String agencyFirm;
    private static String othersFirm;
    private static String othersRecipient;

    /** The sme's firm asks a firm of the second agency. */
    private static String smeRequested;
    /** An agency's firm asks the sme's firm: the agency's as requester, the sme's as recipient. */
    private static String smeReceived;
    /** The sme's firm asks the agency's firm: the agency's as recipient. */
    private static String agencyReceived;
    /** An agency's firm asks the demo partner. */
    private static String partnerReceived;
    /** Between two firms of the second agency. */
    private static String others;

    @BeforeAll
    static void createTheSme() {
        sme = RealmAccount.forFirm(SME_FIRM);
    }

    /** Made once the service runs (fixtures() is called from the test): the firms and introductions. */
    private static void introduce() {
        TestFirms.firm(SME_FIRM, TestFirms.uniqueName("Access Sme"), null);
        agencyFirm = TestFirms.firm(TestFirms.uniqueName("Access Agency Firm"), DemoUsers.AGENCY_ORG_ID);
        String agencyPartnerSeeker = TestFirms.firm(TestFirms.uniqueName("Access Seeker"), DemoUsers.AGENCY_ORG_ID);
        othersFirm = TestFirms.firm(TestFirms.uniqueName("Access Others"), DemoUsers.OTHER_AGENCY_ORG_ID);
        othersRecipient =
                TestFirms.firm(TestFirms.uniqueName("Access Others Recipient"), DemoUsers.OTHER_AGENCY_ORG_ID);
        TestFirms.as(DemoUsers.PARTNER)
                .body("{\"contactName\": \"Demo Partner desk\", \"contactEmail\": \"desk@partner.example\"}")
                .put("/api/v1/partners/me")
                .then()
                .statusCode(200);
        smeRequested = request(sme.token(), null, othersRecipient);
        agencyReceived = request(sme.token(), null, agencyFirm);
        smeReceived = request(DemoUsers.token(DemoUsers.AGENCY), agencyFirm, SME_FIRM);
        partnerReceived = request(DemoUsers.token(DemoUsers.AGENCY), agencyPartnerSeeker, DemoUsers.PARTNER_ORG_ID);
        others = request(DemoUsers.token(DemoUsers.OTHER_AGENCY), othersFirm, othersRecipient);
    }

    @AfterAll
    static void removeTheSme() {
        sme.close();
    }

    private static String request(String token, String firmId, String organisationKey) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body(firmId, organisationKey))
                .post("/api/v1/introductions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String body(String firmId, String organisationKey) {
        return """
                {%s"organisationKey": "%s", "offers": "Laser optics know-how", "seeks": "A machining partner",
                 "channel": "CO_DEVELOPMENT", "message": "We would like to co-develop a sensor head."}""".formatted(firmId == null ? "" : "\"firmId\": \"" + firmId + "\", ", organisationKey);
    }

    @Override
    protected String serviceName() {
        return "introductions";
    }

    @Override
    protected String token(String role) {
        return role.equals("sme") ? sme.token() : super.token(role);
    }

    @Override
    protected Map<String, AccessFixture> fixtures() {
        introduce();
        return Map.of(
                "requestIntroduction", requestFor(),
                "listReceivedIntroductions", AccessFixture.objectless(AccessCall::call),
                "listSentIntroductions", AccessFixture.objectless(AccessCall::call),
                "getIntroductionIndicators", AccessFixture.objectless(AccessCall::call),
                "registerPartner",
                        AccessFixture.objectless(
                                () -> call().json(
                                                "{\"contactName\": \"Demo Partner desk\", \"contactEmail\": \"desk@partner.example\"}")),
                "getIntroduction", introduction(Side.EITHER),
                "acceptIntroduction", introduction(Side.RECIPIENT),
                "declineIntroduction", introduction(Side.RECIPIENT),
                "recordIntroductionOutcome", introduction(Side.EITHER),
                "withdrawIntroduction", introduction(Side.REQUESTER));
    }

    private enum Side {
        REQUESTER,
        RECIPIENT,
        EITHER
    }

    /** A new request for the role's own firm, another agency's published firm; each to a new organisation. */
    private static AccessFixture requestFor() {
        return (role, target) -> {
            Optional<String> firm = switch (target) {
                case OWN ->
                    switch (role) {
                        case "sme" -> Optional.of(SME_FIRM);
                        case "agency" -> Optional.of(agencyFirm);
                        default -> Optional.empty();
                    };
                case OTHERS -> Optional.of(othersFirm);
                case UNPUBLISHED, NONE -> Optional.empty();
            };
            return firm.map(id -> call().json(body(id, "test:" + UUID.randomUUID())));
        };
    }

    private static AccessFixture introduction(Side side) {
        return (role, target) -> {
            Optional<String> id = switch (target) {
                case OWN -> own(role, side);
                case OTHERS -> Optional.of(others);
                case UNPUBLISHED, NONE -> Optional.empty();
            };
            return id.map(value -> path("id", value));
        };
    }

    private static Optional<String> own(String role, Side side) {
        return switch (role) {
            case "sme" -> Optional.of(side == Side.RECIPIENT ? smeReceived : smeRequested);
            case "agency" -> Optional.of(side == Side.RECIPIENT ? agencyReceived : smeReceived);
            case "partner" -> side == Side.REQUESTER ? Optional.empty() : Optional.of(partnerReceived);
            default -> Optional.empty();
        };
    }
}
