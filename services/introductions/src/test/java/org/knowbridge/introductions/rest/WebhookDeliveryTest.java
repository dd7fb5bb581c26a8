package org.knowbridge.introductions.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.introductions.TestEvents;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;

/**
 * Webhooks against real receivers on loopback (the test profile allows http to private addresses): deliveries are
 * signed with the subscription's secret, a receiver that fails and recovers gets every event once and in order
 * per object, a subscription that keeps failing is paused and resumes, a delivery can be sent again by hand, and
 * a subscriber never receives what its organisation may not see. The agency is new per run.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class WebhookDeliveryTest {

    private static final String PATH = "/api/v1/webhooks";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String AGENCY_ORG = "org-agency-hooks-" + RUN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RealmAccount agency;
    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String[]> webhooks = new ArrayList<>();

    @BeforeEach
    void account() {
        if (agency == null) {
            agency = RealmAccount.forOrganisation("agency", AGENCY_ORG);
        }
    }

    @AfterEach
    void cleanUp() {
        for (String[] webhook : webhooks) {
            given().auth().oauth2(webhook[1]).delete(PATH + "/" + webhook[0]);
        }
        receivers.forEach(Receiver::close);
    }

    @AfterAll
    static void removeAccount() {
        if (agency != null) {
            agency.close();
        }
    }

    /** One request as the receiver saw it. */
    private record Received(String deliveryId, String timestamp, String signature, String event, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An HTTP receiver on loopback that fails the first {@code failures} requests, or all while failing is set. */
    private static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger failuresLeft;
        volatile boolean failing;
        final List<Received> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();

        Receiver(int failures) throws IOException {
            failuresLeft = new AtomicInteger(failures);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                attempts.incrementAndGet();
                boolean fail = failing || failuresLeft.getAndDecrement() > 0;
                if (!fail) {
                    accepted.add(new Received(
                            exchange.getRequestHeaders().getFirst("KnowBridge-Delivery"),
                            exchange.getRequestHeaders().getFirst("KnowBridge-Timestamp"),
                            exchange.getRequestHeaders().getFirst("KnowBridge-Signature"),
                            exchange.getRequestHeaders().getFirst("KnowBridge-Event"),
                            body));
                }
                exchange.sendResponseHeaders(fail ? 500 : 204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> about(String firmId) {
            return accepted.stream()
                    .filter(r -> firmId.equals(r.json().path("subject").asText()))
                    .toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private Receiver receiver(int failures) throws IOException {
        Receiver receiver = new Receiver(failures);
        receivers.add(receiver);
        return receiver;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Subscribes the caller's organisation; the answer (with the secret). */
    private JsonPath subscribe(String token, String url, String... types) {
        String list = String.join("\", \"", types);
        JsonPath created = as(token)
                .body("{\"url\": \"" + url + "\", \"eventTypes\": [\"" + list + "\"]}")
                .post(PATH)
                .then()
                .statusCode(201)
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .body("status", equalTo("ACTIVE"))
                .extract()
                .jsonPath();
        webhooks.add(new String[] {created.getString("id"), token});
        return created;
    }

    private static String firm(String name) {
        return TestFirms.firm(TestFirms.uniqueName(name), AGENCY_ORG);
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within 60 s: " + what);
            }
            TestEvents.sleep(100);
        }
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDeliveryIsSignedWithTheSecretAndOnlyItsOrganisationReceivesIt() throws Exception {
        Receiver mine = receiver(0);
        Receiver others = receiver(0);
        JsonPath webhook = subscribe(agency.token(), mine.url(), "SUGGESTIONS_NEW");
        String othersToken = DemoUsers.token(DemoUsers.OTHER_AGENCY);
        String othersWebhook =
                subscribe(othersToken, others.url(), "SUGGESTIONS_NEW").getString("id");
        String firm = firm("Hooks Signed");

        TestEvents.partnersSuggested(firm, "cordis:" + RUN + "s1");
        await("the delivery", () -> !mine.about(firm).isEmpty());

        Received delivery = mine.about(firm).get(0);
        String secret = webhook.getString("secret");
        assertEquals("sha256=" + hmac(secret, delivery.timestamp() + "." + delivery.body()), delivery.signature());
        assertNotEquals(
                "sha256=" + hmac("whsec_another", delivery.timestamp() + "." + delivery.body()), delivery.signature());
        long age = Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp());
        assertTrue(age >= 0 && age < 120, "the timestamp is now: " + delivery.timestamp());
        assertEquals("SUGGESTIONS_NEW", delivery.event());
        assertEquals("SUGGESTIONS_NEW", delivery.json().path("type").asText());
        assertEquals(firm, delivery.json().path("data").path("firmId").asText());

        // The log says it was delivered at the first attempt, with the body sent (once the dispatcher has noted the
        // receiver's answer, which may come a moment after the receiver got the post).
        String logged = "find { it.id == '" + delivery.deliveryId() + "' }.state";
        await(
                "the delivery logged",
                () -> "DELIVERED"
                        .equals(as(agency.token())
                                .get(PATH + "/" + webhook.getString("id") + "/deliveries")
                                .then()
                                .extract()
                                .path(logged)));
        as(agency.token())
                .get(PATH + "/" + webhook.getString("id") + "/deliveries")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + delivery.deliveryId() + "' }.state", equalTo("DELIVERED"))
                .body("find { it.id == '" + delivery.deliveryId() + "' }.attempts", equalTo(1))
                .body("find { it.id == '" + delivery.deliveryId() + "' }.payload", equalTo(delivery.body()));
        // The secret is never shown again; another organisation neither sees the webhook nor gets the firm's events.
        as(agency.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("id", hasItem(webhook.getString("id")))
                .body("id", not(hasItem(othersWebhook)))
                .body("secret", everyNull());
        as(othersToken)
                .get(PATH + "/" + webhook.getString("id") + "/deliveries")
                .then()
                .statusCode(404);
        as(DemoUsers.token(DemoUsers.ADMIN))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("id", hasItem(webhook.getString("id")))
                .body("id", hasItem(othersWebhook));
        assertTrue(others.about(firm).isEmpty(), "another agency received a firm it did not onboard");
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsEveryEventOnceInOrderPerObject() throws Exception {
        Receiver receiver = receiver(3);
        subscribe(agency.token(), receiver.url(), "SUGGESTIONS_NEW");
        String first = firm("Hooks Order A");
        String second = firm("Hooks Order B");
        List<String> expectedFirst = List.of("cordis:" + RUN + "a1", "cordis:" + RUN + "a2", "cordis:" + RUN + "a3");
        List<String> expectedSecond = List.of("cordis:" + RUN + "b1", "cordis:" + RUN + "b2");
        for (int i = 0; i < 3; i++) {
            TestEvents.partnersSuggested(first, expectedFirst.get(i));
            if (i < 2) {
                TestEvents.partnersSuggested(second, expectedSecond.get(i));
            }
        }
        await(
                "every event",
                () -> receiver.about(first).size() >= 3
                        && receiver.about(second).size() >= 2);
        TestEvents.sleep(1500); // time for a duplicate to show, were there one

        assertEquals(expectedFirst, keysOf(receiver.about(first)), "in order, once each");
        assertEquals(expectedSecond, keysOf(receiver.about(second)), "in order, once each");
        List<String> ids = receiver.accepted.stream().map(Received::deliveryId).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no delivery accepted twice");
        assertTrue(receiver.attempts.get() >= 8, "the three failures were retried");
    }

    private static List<String> keysOf(List<Received> received) {
        return received.stream()
                .map(r -> r.json().path("data").path("partnerKeys").path(0).asText())
                .toList();
    }

    @Test
    void aSubscriptionThatKeepsFailingIsPausedAndResumes() throws Exception {
        Receiver receiver = receiver(0);
        receiver.failing = true;
        String id = subscribe(agency.token(), receiver.url(), "SUGGESTIONS_NEW").getString("id");
        String firm = firm("Hooks Paused");
        TestEvents.partnersSuggested(firm, "cordis:" + RUN + "p1");

        await("paused", () -> "PAUSED".equals(webhook(id).getString("status")));
        assertTrue(
                webhook(id).getString("pausedReason").contains("HTTP 500"),
                webhook(id).getString("pausedReason"));
        // While paused, nothing is sent, yet what happens is kept.
        TestEvents.partnersSuggested(firm, "cordis:" + RUN + "p2");
        await(
                "the second delivery logged",
                () -> as(agency.token())
                                .get(PATH + "/" + id + "/deliveries")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("id")
                                .size()
                        == 2);
        int attempts = receiver.attempts.get();
        TestEvents.sleep(1500);
        assertEquals(attempts, receiver.attempts.get(), "a paused subscription is not sent to");

        receiver.failing = false;
        as(agency.token())
                .post(PATH + "/" + id + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("pausedReason", nullValue());
        await("both delivered after resuming", () -> receiver.about(firm).size() >= 2);
        assertEquals(List.of("cordis:" + RUN + "p1", "cordis:" + RUN + "p2"), keysOf(receiver.about(firm)));
    }

    private static JsonPath webhook(String id) {
        return as(agency.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("find { it.id == '" + id + "' }");
    }

    @Test
    void aDeliveryIsSentAgainByHandWithANewId() throws Exception {
        Receiver receiver = receiver(0);
        String id = subscribe(agency.token(), receiver.url(), "SUGGESTIONS_NEW").getString("id");
        String firm = firm("Hooks Redeliver");
        TestEvents.partnersSuggested(firm, "cordis:" + RUN + "r1");
        await("the delivery", () -> !receiver.about(firm).isEmpty());
        Received original = receiver.about(firm).get(0);

        String again = as(agency.token())
                .post(PATH + "/" + id + "/deliveries/" + original.deliveryId() + "/redeliver")
                .then()
                .statusCode(202)
                .body("state", equalTo("PENDING"))
                .extract()
                .path("id");
        await("the redelivery", () -> receiver.about(firm).size() == 2);
        Received redelivered = receiver.about(firm).get(1);
        assertEquals(again, redelivered.deliveryId());
        assertNotEquals(original.deliveryId(), redelivered.deliveryId());
        assertEquals(original.body(), redelivered.body());
        // Another organisation cannot redeliver it, nor an unknown delivery be redelivered.
        as(DemoUsers.token(DemoUsers.OTHER_AGENCY))
                .post(PATH + "/" + id + "/deliveries/" + original.deliveryId() + "/redeliver")
                .then()
                .statusCode(404);
        as(agency.token())
                .post(PATH + "/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                .then()
                .statusCode(404);
    }

    @Test
    void theClaimantsAgencySubscribesToTheDecisionsOnItsFirmsClaims() throws Exception {
        Receiver receiver = receiver(0);
        JsonPath webhook = subscribe(
                agency.token(), receiver.url(), "COLLABORATION_CLAIM_CONFIRMED", "COLLABORATION_CLAIM_REJECTED");
        String firm = firm("Hooks Claimant");
        String confirmed = "collab:" + UUID.randomUUID();
        String rejected = "collab:" + UUID.randomUUID();
        String awaited = "cordis:" + RUN + "awaited";
        TestEvents.collaborationClaimDecided(
                UUID.randomUUID().toString(), confirmed, "CONFIRMED", awaited, null, firm, firm);
        TestEvents.collaborationClaimDecided(
                UUID.randomUUID().toString(), rejected, "REJECTED", awaited, null, firm, firm);

        await(
                "both decisions",
                () -> !receiver.about(confirmed).isEmpty()
                        && !receiver.about(rejected).isEmpty());
        for (Received delivery : List.of(
                receiver.about(confirmed).get(0), receiver.about(rejected).get(0))) {
            assertEquals(
                    "sha256=" + hmac(webhook.getString("secret"), delivery.timestamp() + "." + delivery.body()),
                    delivery.signature());
            JsonNode data = delivery.json().path("data");
            String outcome = data.path("outcome").asText();
            assertEquals("COLLABORATION_CLAIM_" + outcome, delivery.event());
            assertEquals(delivery.event(), delivery.json().path("type").asText());
            assertEquals(firm, data.path("organisationKey").asText());
            assertEquals(awaited, data.path("awaitedKey").asText());
            assertEquals(firm, data.path("claimantFirmId").asText());
        }
        assertEquals(
                "CONFIRMED",
                receiver.about(confirmed)
                        .get(0)
                        .json()
                        .path("data")
                        .path("outcome")
                        .asText());
        assertEquals(
                "REJECTED",
                receiver.about(rejected)
                        .get(0)
                        .json()
                        .path("data")
                        .path("outcome")
                        .asText());
    }

    @Test
    void badSubscriptionsAreProblemsNamingTheField() {
        String token = agency.token();
        for (String url : List.of("ftp://example.org/hook", "not a url", "https://user:pw@example.org/hook", "")) {
            as(token)
                    .body(Map.of("url", url, "eventTypes", List.of("SUGGESTIONS_NEW")))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        as(token)
                .body(Map.of("url", "https://example.org/hook", "eventTypes", List.of()))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        as(token)
                .body("{\"url\": \"https://example.org/hook\", \"eventTypes\": [\"EVERYTHING\"]}")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("eventTypes"))
                .body("errors[0].message", containsString("EVERYTHING"));
        // An SME user has an inbox, not webhooks.
        as(DemoUsers.token(DemoUsers.SME))
                .body(Map.of("url", "https://example.org/hook", "eventTypes", List.of("SUGGESTIONS_NEW")))
                .post(PATH)
                .then()
                .statusCode(403);
        as(token).delete(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
