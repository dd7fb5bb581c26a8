package org.knowbridge.introductions.rest;

import static io.restassured.RestAssured.given;
import static org.knowbridge.platform.testing.access.AccessCall.call;
import static org.knowbridge.platform.testing.access.AccessCall.path;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.knowbridge.introductions.TestEvents;
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

    /** Webhooks per role (agency, partner) and of the second agency, each with a delivery: id and delivery id. */
    private static final Map<String, String[]> webhooks = new HashMap<>();

    private static HttpServer receiver;
    private static String receiverUrl;

    @BeforeAll
    static void createTheSme() throws IOException {
        sme = RealmAccount.forFirm(SME_FIRM);
        // Webhook deliveries land here; the path names the run, so its webhooks can be removed afterwards.
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/access-" + UUID.randomUUID();
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
        receiver.stop(0);
    }

    /**
     * Removes the webhooks earlier runs left on the demo organisations (the service is gone by the time @AfterAll
     * runs), so they never reach the most allowed per organisation.
     */
    private static void removeEarlierRunsWebhooks() {
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        List<String> earlier = given().auth()
                .oauth2(admin)
                .queryParam("limit", 200)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.url.contains('/access-') }.id");
        earlier.forEach(id -> given().auth().oauth2(admin).delete("/api/v1/webhooks/" + id));
    }

    private static String subscribe(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(webhookBody())
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String webhookBody() {
        return "{\"url\": \"" + receiverUrl + "\", \"eventTypes\": [\"SUGGESTIONS_NEW\", \"INTRODUCTION_RECEIVED\"]}";
    }

    /** Waits for the webhook's first delivery; its id. */
    private static String firstDelivery(String token, String webhook) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<String> ids = given().auth()
                    .oauth2(token)
                    .get("/api/v1/webhooks/" + webhook + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Webhook " + webhook + " had no delivery within 60 s");
            }
            TestEvents.sleep(200);
        }
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
        String agencyToken = DemoUsers.token(DemoUsers.AGENCY);
        String partnerToken = DemoUsers.token(DemoUsers.PARTNER);
        String othersToken = DemoUsers.token(DemoUsers.OTHER_AGENCY);
        removeEarlierRunsWebhooks();
        String agencyHook = subscribe(agencyToken);
        String partnerHook = subscribe(partnerToken);
        String othersHook = subscribe(othersToken);
        introduce();
        // The partner's webhook gets the request to it; the agencies' get their firms' suggestions.
        TestEvents.partnersSuggested(agencyFirm, "cordis:access-" + UUID.randomUUID());
        TestEvents.partnersSuggested(othersFirm, "cordis:access-" + UUID.randomUUID());
        webhooks.put("agency", new String[] {agencyHook, firstDelivery(agencyToken, agencyHook)});
        webhooks.put("partner", new String[] {partnerHook, firstDelivery(partnerToken, partnerHook)});
        webhooks.put("others", new String[] {othersHook, firstDelivery(othersToken, othersHook)});
        Map<String, AccessFixture> fixtures = new HashMap<>(Map.of(
                "listNotifications", AccessFixture.objectless(AccessCall::call),
                "countNotifications", AccessFixture.objectless(AccessCall::call),
                "markNotificationsRead",
                        AccessFixture.objectless(() -> call().json("{\"ids\": [\"" + UUID.randomUUID() + "\"]}")),
                "createWebhook", AccessFixture.objectless(() -> call().json(webhookBody())),
                "listWebhooks", AccessFixture.objectless(AccessCall::call),
                "deleteWebhook", newWebhook(),
                "listWebhookDeliveries", webhook(false),
                "redeliverWebhookDelivery", webhook(true),
                "resumeWebhook", webhook(false)));
        fixtures.putAll(Map.of(
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
                "withdrawIntroduction", introduction(Side.REQUESTER)));
        return fixtures;
    }

    /** The role's own webhook (agency, partner) or the second agency's, with a delivery when asked. */
    private static AccessFixture webhook(boolean withDelivery) {
        return (role, target) -> {
            String[] webhook = switch (target) {
                case OWN -> webhooks.get(role);
                case OTHERS -> webhooks.get("others");
                case UNPUBLISHED, NONE -> null;
            };
            if (webhook == null) {
                return Optional.empty();
            }
            AccessCall call = path("id", webhook[0]);
            return Optional.of(withDelivery ? call.pathParam("deliveryId", webhook[1]) : call);
        };
    }

    /** A webhook made for the call (the call may delete it): the role's own, or the second agency's. */
    private static AccessFixture newWebhook() {
        return (role, target) -> {
            String token = switch (target) {
                case OWN -> role.equals("agency") || role.equals("partner") ? demoToken(role) : null;
                case OTHERS -> DemoUsers.token(DemoUsers.OTHER_AGENCY);
                case UNPUBLISHED, NONE -> null;
            };
            return token == null ? Optional.empty() : Optional.of(path("id", subscribe(token)));
        };
    }

    private static String demoToken(String role) {
        return DemoUsers.token(role.equals("agency") ? DemoUsers.AGENCY : DemoUsers.PARTNER);
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
