package org.knowbridge.introductions.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.knowbridge.introductions.TestEvents.about;
import static org.knowbridge.introductions.TestEvents.awaitNotification;
import static org.knowbridge.introductions.TestEvents.awaitNotifications;
import static org.knowbridge.introductions.TestEvents.notifications;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.introductions.TestEvents;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;

/**
 * The inbox per role, against the real stack: each role sees what concerns its firm or organisation and never
 * another's, the count follows the read state, and a replayed event makes no second notification. The agency,
 * the partner and the firms are new per run, so their feeds hold this test's notifications only.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class NotificationResourceTest {

    private static final String PATH = "/api/v1/notifications";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String AGENCY_ORG = "org-agency-inbox-" + RUN;
    private static final String PARTNER_ORG = "org-partner-inbox-" + RUN;
    private static final String RECEIVED = "COLLABORATION_CLAIM_RECEIVED";
    private static final String CONFIRMED = "COLLABORATION_CLAIM_CONFIRMED";
    private static final String REJECTED = "COLLABORATION_CLAIM_REJECTED";

    private static RealmAccount agency;
    private static RealmAccount partner;
    private static final List<RealmAccount> smes = new ArrayList<>();

    @BeforeEach
    void accounts() {
        if (agency != null) {
            return;
        }
        agency = RealmAccount.forOrganisation("agency", AGENCY_ORG);
        partner = RealmAccount.forOrganisation("partner", PARTNER_ORG);
        given().auth()
                .oauth2(partner.token())
                .contentType(ContentType.JSON)
                .body("{\"contactName\": \"Inbox desk\", \"contactEmail\": \"inbox@partner.example\"}")
                .put("/api/v1/partners/me")
                .then()
                .statusCode(200);
    }

    @AfterAll
    static void removeAccounts() {
        smes.forEach(RealmAccount::close);
        if (agency != null) {
            agency.close();
            partner.close();
        }
    }

    /** A new firm onboarded by this run's agency, with an SME account of its own. */
    private static Firm newFirm(String name) {
        String id = UUID.randomUUID().toString();
        TestFirms.firm(id, TestFirms.uniqueName(name), AGENCY_ORG);
        RealmAccount sme = RealmAccount.forFirm(id);
        smes.add(sme);
        return new Firm(id, sme);
    }

    private record Firm(String id, RealmAccount sme) {}

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void newSuggestionsReachTheFirmAndItsAgencyOnly() {
        Firm firm = newFirm("Inbox Optics");
        String partnerKey = "cordis:" + RUN + "1";
        TestEvents.partnersSuggested(firm.id(), partnerKey);

        Map<String, Object> notice = awaitNotification(firm.sme().token(), "SUGGESTIONS_NEW", firm.id());
        assertEquals(List.of(partnerKey), ((Map<?, ?>) notice.get("data")).get("partnerKeys"));
        assertEquals(false, notice.get("read"));
        awaitNotifications(agency.token(), about("SUGGESTIONS_NEW", firm.id()));

        // Another firm's SME user, another agency and a partner see nothing of it.
        assertNoneAbout(
                firm.id(), DemoUsers.token(DemoUsers.SME), DemoUsers.token(DemoUsers.OTHER_AGENCY), partner.token());
    }

    @Test
    void anErasedFirmLeavesNoNotificationBehind() {
        Firm firm = newFirm("Inbox Erased");
        TestEvents.partnersSuggested(firm.id(), "cordis:" + RUN + "e1");
        awaitNotifications(agency.token(), about("SUGGESTIONS_NEW", firm.id()));

        TestFirms.erase(firm.id());
        TestFirms.awaitErased(firm.id());
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (notifications(agency.token()).stream().anyMatch(n -> firm.id().equals(n.get("subject")))) {
            assertTrue(java.time.Instant.now().isBefore(deadline), "the agency still has notices of the erased firm");
            TestEvents.sleep(200);
        }
        assertEquals(List.of(), notifications(firm.sme().token()));
    }

    @Test
    void aChangedTopListRefreshesItsUnreadNoticeInsteadOfAddingOne() {
        Firm firm = newFirm("Inbox Changes");
        TestEvents.recommendationsUpdated(firm.id(), "cordis:" + RUN + "a");
        awaitNotifications(firm.sme().token(), about("SUGGESTIONS_CHANGED", firm.id()));
        TestEvents.recommendationsUpdated(firm.id(), "cordis:" + RUN + "b", "cordis:" + RUN + "c");
        List<Map<String, Object>> items = awaitNotifications(
                firm.sme().token(),
                n -> about("SUGGESTIONS_CHANGED", firm.id()).test(n)
                        && ((Map<?, ?>) n.get("data"))
                                .get("partnerKeys")
                                .equals(List.of("cordis:" + RUN + "b", "cordis:" + RUN + "c")));
        assertEquals(
                1,
                items.stream().filter(about("SUGGESTIONS_CHANGED", firm.id())).count(),
                "one notice, refreshed");
    }

    @Test
    void theRecipientHearsOfARequestWithoutLearningWhoAskedAndTheFirmHearsTheAnswer() {
        Firm firm = newFirm("Inbox Requester");
        String introduction = as(firm.sme().token())
                .body("""
                        {"organisationKey": "%s", "offers": "Laser optics know-how", "seeks": "A machining partner",
                         "channel": "CO_DEVELOPMENT", "message": "We would like to co-develop a sensor head."}""".formatted(PARTNER_ORG))
                .post("/api/v1/introductions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> received = awaitNotification(partner.token(), "INTRODUCTION_RECEIVED", introduction);
        Map<?, ?> data = (Map<?, ?>) received.get("data");
        assertEquals(PARTNER_ORG, data.get("organisationKey"));
        assertEquals("CO_DEVELOPMENT", data.get("channel"));
        assertFalse(data.toString().contains(firm.id()), "the anonymised requester is not named: " + data);

        as(partner.token())
                .post("/api/v1/introductions/" + introduction + "/accept")
                .then()
                .statusCode(200);
        for (String token : List.of(firm.sme().token(), agency.token())) {
            Map<String, Object> answered = awaitNotification(token, "INTRODUCTION_ANSWERED", introduction);
            assertEquals("ACCEPTED", ((Map<?, ?>) answered.get("data")).get("state"));
        }
        // The requesting side is not told it received its own request, nor the recipient of the answer it gave.
        assertTrue(notifications(firm.sme().token()).stream().noneMatch(about("INTRODUCTION_RECEIVED", introduction)));
        assertTrue(notifications(partner.token()).stream().noneMatch(about("INTRODUCTION_ANSWERED", introduction)));
    }

    @Test
    void anUnansweredRequestThatExpiresIsToldToTheFirm() {
        Firm firm = newFirm("Inbox Expiry");
        String introduction = as(firm.sme().token())
                .body("""
                        {"organisationKey": "%s", "offers": "Sensors", "seeks": "A test lab",
                         "channel": "CO_DEVELOPMENT", "message": "Could we test together?"}""".formatted(PARTNER_ORG))
                .post("/api/v1/introductions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // The test profile expires requests after 20 s.
        Map<String, Object> expired = awaitNotification(firm.sme().token(), "INTRODUCTION_EXPIRED", introduction);
        assertEquals("EXPIRED", ((Map<?, ?>) expired.get("data")).get("state"));
    }

    @Test
    void theCountFollowsTheReadStateAndPagesDoNotOverlap() {
        Firm firm = newFirm("Inbox Count");
        for (int i = 1; i <= 3; i++) {
            TestEvents.partnersSuggested(firm.id(), "cordis:" + RUN + "c" + i);
        }
        String token = firm.sme().token();
        TestEvents.awaitSize(token, 3);
        as(token).get(PATH + "/count").then().statusCode(200).body("unread", equalTo(3));

        JsonPath first = as(token)
                .queryParam("limit", 2)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> firstIds = first.getList("items.id");
        String cursor = first.getString("nextCursor");
        assertNotNull(cursor);
        JsonPath second = as(token)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> secondIds = second.getList("items.id");
        assertNull(second.getString("nextCursor"));
        assertEquals(2, firstIds.size());
        assertEquals(1, secondIds.size());
        HashSet<String> all = new HashSet<>(firstIds);
        all.addAll(secondIds);
        assertEquals(3, all.size(), "pages do not overlap");

        // Another caller cannot mark them read: its ids are ignored.
        as(DemoUsers.token(DemoUsers.SME))
                .body("{\"ids\": [\"" + firstIds.get(0) + "\"]}")
                .post(PATH + "/read")
                .then()
                .statusCode(200)
                .body("marked", equalTo(0));
        as(token).get(PATH + "/count").then().statusCode(200).body("unread", equalTo(3));

        as(token)
                .body("{\"ids\": [\"" + firstIds.get(0) + "\"]}")
                .post(PATH + "/read")
                .then()
                .statusCode(200)
                .body("marked", equalTo(1))
                .body("unread", equalTo(2));
        as(token).queryParam("unread", true).get(PATH).then().statusCode(200).body("items.size()", equalTo(2));
        // Up to the newest: everything read; again changes nothing.
        for (int expectedMarked : List.of(2, 0)) {
            as(token)
                    .body("{\"upTo\": \"" + firstIds.get(0) + "\"}")
                    .post(PATH + "/read")
                    .then()
                    .statusCode(200)
                    .body("marked", equalTo(expectedMarked))
                    .body("unread", equalTo(0));
        }
        as(token).get(PATH).then().statusCode(200).body("items.read", org.hamcrest.Matchers.everyItem(equalTo(true)));
        // upTo of another's notification is answered as absent.
        as(DemoUsers.token(DemoUsers.SME))
                .body("{\"upTo\": \"" + firstIds.get(0) + "\"}")
                .post(PATH + "/read")
                .then()
                .statusCode(404);
    }

    @Test
    void anEventWhoseDataCannotBeReadIsSkippedAndTheEventsAroundItStillArrive() {
        Firm firm = newFirm("Inbox Unreadable");
        String before = "cordis:" + RUN + "before-unreadable";
        String after = "cordis:" + RUN + "after-unreadable";
        // Same key, so same partition, and published together: read as one polled batch, or a few.
        TestEvents.partnersSuggested(firm.id(), before);
        TestEvents.unreadablePartnersSuggested(firm.id());
        TestEvents.partnersSuggested(firm.id(), after);
        List<Map<String, Object>> items = awaitNotifications(
                firm.sme().token(),
                n -> ((Map<?, ?>) n.get("data")).get("partnerKeys").equals(List.of(after)));
        assertEquals(
                List.of(List.of(after), List.of(before)),
                items.stream()
                        .filter(about("SUGGESTIONS_NEW", firm.id()))
                        .map(n -> ((Map<?, ?>) n.get("data")).get("partnerKeys"))
                        .toList(),
                "the firm's inbox holds the two readable events' notices, newest first, and nothing of the other");
    }

    @Test
    void aReplayedEventMakesNoSecondNotification() {
        Firm firm = newFirm("Inbox Replay");
        String eventId = UUID.randomUUID().toString();
        String replayed = "cordis:" + RUN + "replayed";
        TestEvents.partnersSuggested(eventId, firm.id(), List.of(replayed));
        TestEvents.partnersSuggested(eventId, firm.id(), List.of(replayed));
        // Same key, so same partition: once the marker is in, both copies were consumed.
        String marker = "cordis:" + RUN + "marker";
        TestEvents.partnersSuggested(firm.id(), marker);
        List<Map<String, Object>> items = awaitNotifications(
                firm.sme().token(),
                n -> ((Map<?, ?>) n.get("data")).get("partnerKeys").equals(List.of(marker)));
        assertEquals(
                1,
                items.stream()
                        .filter(n ->
                                ((Map<?, ?>) n.get("data")).get("partnerKeys").equals(List.of(replayed)))
                        .count());
    }

    @Test
    void aClaimOnThePartnersOrganisationReachesThePartnerOnceWithTheWayToConfirmIt() {
        String token = partner.token();
        long unread = unread(token);
        String claim = "collab:" + UUID.randomUUID();
        String claimant = "cordis:" + RUN + "claimant";
        String eventId = UUID.randomUUID().toString();
        TestEvents.collaborationClaimed(eventId, claim, PARTNER_ORG, null, claimant, null);
        TestEvents.collaborationClaimed(eventId, claim, PARTNER_ORG, null, claimant, null);
        // Same record key, so same partition: once the marker is in, both copies were consumed.
        String marker = "cordis:" + RUN + "marker-claimant";
        TestEvents.collaborationClaimed(UUID.randomUUID().toString(), claim, PARTNER_ORG, null, marker, null);

        List<Map<String, Object>> items = awaitNotifications(
                token,
                n -> about("COLLABORATION_CLAIM_RECEIVED", claim).test(n)
                        && claimant(n).equals(marker));
        List<Map<String, Object>> notices = items.stream()
                .filter(about("COLLABORATION_CLAIM_RECEIVED", claim))
                .filter(n -> claimant(n).equals(claimant))
                .toList();
        assertEquals(1, notices.size(), "a replayed claim makes no second notice");
        assertEquals(unread + 2, unread(token));
        Map<?, ?> data = (Map<?, ?>) notices.get(0).get("data");
        assertEquals(claim, data.get("collaborationKey"));
        assertEquals(PARTNER_ORG, data.get("organisationKey"));
        assertEquals("Claimant " + claimant, data.get("claimantName"));
        assertEquals("/api/v1/collaborations/" + claim, data.get("collaborationPath"));
        assertEquals("/api/v1/collaborations/" + claim + "/confirm", data.get("confirmPath"));

        assertNoneAbout(claim, DemoUsers.token(DemoUsers.PARTNER), DemoUsers.token(DemoUsers.SME), agency.token());
    }

    @Test
    void aClaimOnAFirmsRegisterNodeReachesTheFirmAndItsAgencyOnly() {
        Firm firm = newFirm("Inbox Claimed");
        String claim = "collab:" + UUID.randomUUID();
        TestEvents.collaborationClaimed(
                UUID.randomUUID().toString(), claim, "cordis:" + RUN + "node", firm.id(), PARTNER_ORG, null);

        for (String token : List.of(firm.sme().token(), agency.token())) {
            Map<String, Object> notice = awaitNotification(token, "COLLABORATION_CLAIM_RECEIVED", claim);
            assertEquals(
                    "/api/v1/collaborations/" + claim + "/confirm",
                    ((Map<?, ?>) notice.get("data")).get("confirmPath"));
        }
        assertNoneAbout(
                claim, partner.token(), DemoUsers.token(DemoUsers.SME), DemoUsers.token(DemoUsers.OTHER_AGENCY));
    }

    @Test
    void anErasedClaimantsClaimLeavesTheAwaitedSidesInbox() {
        Firm claimant = newFirm("Inbox Claimant");
        String claim = "collab:" + UUID.randomUUID();
        TestEvents.collaborationClaimed(
                UUID.randomUUID().toString(), claim, PARTNER_ORG, null, claimant.id(), claimant.id());
        awaitNotification(partner.token(), "COLLABORATION_CLAIM_RECEIVED", claim);

        TestFirms.erase(claimant.id());
        TestFirms.awaitErased(claimant.id());
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (notifications(partner.token()).stream().anyMatch(n -> claim.equals(n.get("subject")))) {
            assertTrue(java.time.Instant.now().isBefore(deadline), "the partner still has the erased firm's claim");
            TestEvents.sleep(200);
        }
    }

    @Test
    void aConfirmedClaimIsSettledForTheFirmAndItsAgencyAndToldToTheClaimingPartnerOnce() {
        Firm firm = newFirm("Inbox Confirming");
        String claim = "collab:" + UUID.randomUUID();
        TestEvents.collaborationClaimed(UUID.randomUUID().toString(), claim, firm.id(), firm.id(), PARTNER_ORG, null);
        awaitNotification(agency.token(), RECEIVED, claim);
        awaitNotification(firm.sme().token(), RECEIVED, claim);
        assertEquals(1, unread(firm.sme().token()));

        String decision = UUID.randomUUID().toString();
        TestEvents.collaborationClaimDecided(decision, claim, "CONFIRMED", firm.id(), firm.id(), PARTNER_ORG, null);
        TestEvents.collaborationClaimDecided(decision, claim, "CONFIRMED", firm.id(), firm.id(), PARTNER_ORG, null);
        // Same record key, so same partition: once the marker's claim is in, both copies were consumed.
        String marker = "cordis:" + RUN + "marker-confirmed";
        TestEvents.collaborationClaimed(UUID.randomUUID().toString(), claim, firm.id(), firm.id(), marker, null);
        awaitNotifications(
                firm.sme().token(),
                n -> about(RECEIVED, claim).test(n) && claimant(n).equals(marker));

        // The firm's side: the claim no longer waits, says how it was decided and counts as read; the marker's waits.
        for (String token : List.of(firm.sme().token(), agency.token())) {
            Map<String, Object> settled = claimNotice(token, claim, PARTNER_ORG);
            assertEquals(true, settled.get("read"));
            Map<?, ?> data = (Map<?, ?>) settled.get("data");
            assertEquals("CONFIRMED", data.get("outcome"));
            assertNotNull(data.get("decidedAt"));
            assertEquals("/api/v1/collaborations/" + claim, data.get("collaborationPath"));
            assertFalse(data.containsKey("confirmPath"), "a decided claim offers no confirmation: " + data);
            assertFalse(data.containsKey("rejectPath"), "a decided claim offers no rejection: " + data);
            assertTrue(
                    unreadOnly(token).stream().noneMatch(n -> settled.get("id").equals(n.get("id"))));
            assertEquals(false, claimNotice(token, claim, marker).get("read"));
            assertTrue(notifications(token).stream().noneMatch(about(CONFIRMED, claim)));
        }
        assertEquals(1, unread(firm.sme().token()), "only the marker's claim waits");

        // The claiming partner hears it once, replay or not.
        List<Map<String, Object>> told = notifications(partner.token()).stream()
                .filter(about(CONFIRMED, claim))
                .toList();
        assertEquals(1, told.size(), "a replayed decision makes no second notice");
        assertEquals(false, told.get(0).get("read"));
        Map<?, ?> data = (Map<?, ?>) told.get(0).get("data");
        assertEquals(claim, data.get("collaborationKey"));
        assertEquals(PARTNER_ORG, data.get("organisationKey"));
        assertEquals(firm.id(), data.get("awaitedKey"));
        assertEquals("CONFIRMED", data.get("outcome"));
        assertEquals("LICENSING", data.get("channel"));
        assertEquals(2024, data.get("startYear"));
        assertEquals("/api/v1/collaborations/" + claim, data.get("collaborationPath"));
        assertFalse(data.containsKey("claimantFirmId"));

        assertNoneAbout(claim, DemoUsers.token(DemoUsers.PARTNER), DemoUsers.token(DemoUsers.OTHER_AGENCY));
    }

    @Test
    void aRejectedClaimIsSettledForThePartnerAndToldToTheClaimingFirmAndItsAgency() {
        Firm claimant = newFirm("Inbox Rejected Claimant");
        String claim = "collab:" + UUID.randomUUID();
        TestEvents.collaborationClaimed(
                UUID.randomUUID().toString(), claim, PARTNER_ORG, null, claimant.id(), claimant.id());
        awaitNotification(partner.token(), RECEIVED, claim);
        assertTrue(unreadOnly(partner.token()).stream().anyMatch(about(RECEIVED, claim)));

        TestEvents.collaborationClaimDecided(
                UUID.randomUUID().toString(), claim, "REJECTED", PARTNER_ORG, null, claimant.id(), claimant.id());

        // The claimant's firm and its agency are told, in the transaction that settles the partner's notice.
        for (String token : List.of(claimant.sme().token(), agency.token())) {
            Map<String, Object> told = awaitNotification(token, REJECTED, claim);
            assertEquals(false, told.get("read"));
            Map<?, ?> data = (Map<?, ?>) told.get("data");
            assertEquals(claimant.id(), data.get("organisationKey"));
            assertEquals(claimant.id(), data.get("claimantFirmId"));
            assertEquals(PARTNER_ORG, data.get("awaitedKey"));
            assertEquals("REJECTED", data.get("outcome"));
            assertFalse(data.containsKey("collaborationPath"), "a rejected claim is deleted: " + data);
        }
        assertEquals(1, unread(claimant.sme().token()));
        Map<String, Object> settled = claimNotice(partner.token(), claim, claimant.id());
        assertEquals(true, settled.get("read"));
        Map<?, ?> data = (Map<?, ?>) settled.get("data");
        assertEquals("REJECTED", data.get("outcome"));
        for (String path : List.of("collaborationPath", "confirmPath", "rejectPath")) {
            assertFalse(data.containsKey(path), "a rejected claim has no " + path + " left: " + data);
        }
        assertTrue(unreadOnly(partner.token()).stream().noneMatch(about(RECEIVED, claim)));
        assertTrue(notifications(partner.token()).stream().noneMatch(about(REJECTED, claim)));
        assertNoneAbout(claim, DemoUsers.token(DemoUsers.SME), DemoUsers.token(DemoUsers.OTHER_AGENCY));
    }

    @Test
    void aWithdrawnClaimIsSettledAndToldToNobody() {
        Firm firm = newFirm("Inbox Withdrawn");
        String claim = "collab:" + UUID.randomUUID();
        TestEvents.collaborationClaimed(UUID.randomUUID().toString(), claim, firm.id(), firm.id(), PARTNER_ORG, null);
        awaitNotification(firm.sme().token(), RECEIVED, claim);

        TestEvents.collaborationClaimDecided(
                UUID.randomUUID().toString(), claim, "WITHDRAWN", firm.id(), firm.id(), PARTNER_ORG, null);
        awaitNotifications(
                firm.sme().token(),
                n -> about(RECEIVED, claim).test(n) && "WITHDRAWN".equals(((Map<?, ?>) n.get("data")).get("outcome")));
        assertEquals(0, unread(firm.sme().token()));
        assertNoneAbout(claim, partner.token());
    }

    @Test
    void anErasedClaimantHearsNothingOfTheDecision() {
        Firm claimant = newFirm("Inbox Erased Claimant");
        String claim = "collab:" + UUID.randomUUID();
        TestEvents.collaborationClaimed(
                UUID.randomUUID().toString(), claim, PARTNER_ORG, null, claimant.id(), claimant.id());
        awaitNotification(partner.token(), RECEIVED, claim);
        TestFirms.erase(claimant.id());
        TestFirms.awaitErased(claimant.id());

        TestEvents.collaborationClaimDecided(
                UUID.randomUUID().toString(), claim, "CONFIRMED", PARTNER_ORG, null, claimant.id(), claimant.id());
        // Same record key, so same partition: once the marker's claim is in, the decision was consumed.
        String marker = "cordis:" + RUN + "marker-erased";
        TestEvents.collaborationClaimed(UUID.randomUUID().toString(), claim, PARTNER_ORG, null, marker, null);
        awaitNotifications(
                partner.token(),
                n -> about(RECEIVED, claim).test(n) && claimant(n).equals(marker));

        assertEquals(List.of(), notifications(claimant.sme().token()));
        assertTrue(notifications(agency.token()).stream().noneMatch(n -> claim.equals(n.get("subject"))));
        assertTrue(notifications(partner.token()).stream().noneMatch(about(CONFIRMED, claim)));
    }

    /** The caller's notice of the claim made by {@code claimantKey}. */
    private static Map<String, Object> claimNotice(String token, String claim, String claimantKey) {
        return notifications(token).stream()
                .filter(about(RECEIVED, claim))
                .filter(n -> claimant(n).equals(claimantKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no notice of " + claim + " by " + claimantKey));
    }

    private static List<Map<String, Object>> unreadOnly(String token) {
        return as(token)
                .queryParam("unread", true)
                .queryParam("limit", 200)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** None of these callers has a notification about the subject. */
    private static void assertNoneAbout(String subject, String... tokens) {
        for (String token : tokens) {
            assertTrue(
                    notifications(token).stream().noneMatch(n -> subject.equals(n.get("subject"))),
                    "another caller sees a notification about " + subject);
        }
    }

    private static long unread(String token) {
        return as(token)
                .get(PATH + "/count")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("unread");
    }

    private static String claimant(Map<String, Object> notification) {
        return String.valueOf(((Map<?, ?>) notification.get("data")).get("claimantKey"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String token = DemoUsers.token(DemoUsers.SME);
        for (Map.Entry<String, String> bad : Map.of(
                        "limit", "0", "cursor", "abc", "since", "yesterday", "unread", "maybe")
                .entrySet()) {
            as(token)
                    .queryParam(bad.getKey(), bad.getValue())
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.getKey()));
        }
        for (String body :
                List.of("{}", "{\"ids\": [\"" + UUID.randomUUID() + "\"], \"upTo\": \"" + UUID.randomUUID() + "\"}")) {
            as(token).body(body).post(PATH + "/read").then().statusCode(400).body("errors.field", hasItem("ids"));
        }
        StringBuilder tooMany = new StringBuilder("{\"ids\": [");
        for (int i = 0; i < 201; i++) {
            tooMany.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(UUID.randomUUID())
                    .append('"');
        }
        as(token)
                .body(tooMany.append("]}").toString())
                .post(PATH + "/read")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("ids"));
        // An admin has no inbox of its own.
        as(DemoUsers.token(DemoUsers.ADMIN)).get(PATH).then().statusCode(403);
    }
}
