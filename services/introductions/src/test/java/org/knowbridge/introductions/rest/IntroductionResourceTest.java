package org.knowbridge.introductions.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.knowbridge.introductions.TestFirms.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;

/** Introductions per role and rule, against the real stack; every firm and organisation key is unique to a test. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroductionResourceTest {

    private static final String PATH = "/api/v1/introductions";

    private static boolean partnerRegistered;

    /** The demo partner receives its own introductions (registering again only updates its contact). */
    @BeforeEach
    void partnerReceivesItsOwnIntroductions() {
        if (partnerRegistered) {
            return;
        }
        partnerRegistered = true;
        as(DemoUsers.PARTNER)
                .body("{\"contactName\": \"Demo Partner desk\", \"contactEmail\": \"desk@partner.example\"}")
                .put("/api/v1/partners/me")
                .then()
                .statusCode(200)
                .body("organisationKey", equalTo(TestFirms.DEMO_PARTNER_ORG));
    }

    private static String body(String firmId, String organisationKey) {
        return """
                {%s"organisationKey": "%s", "offers": "Laser optics know-how", "seeks": "A machining partner",
                 "channel": "CO_DEVELOPMENT", "message": "We would like to co-develop a sensor head.",
                 "suggestionReasons": ["Worked with 3 firms like yours"]}""".formatted(firmId == null ? "" : "\"firmId\": \"" + firmId + "\", ", organisationKey);
    }

    private static String request(String user, String firmId, String organisationKey) {
        return as(user).body(body(firmId, organisationKey))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String unknownOrganisation() {
        return "cordis:" + TestFirms.uniqueName("t").replace(" ", "-");
    }

    @Test
    void anAgencyRequestsForAFirmItOnboardedAndNoOtherRoleOrAgencyMay() {
        String firm = TestFirms.firm(TestFirms.uniqueName("Agency Optics"), TestFirms.DEMO_AGENCY_ORG);
        String foreign = TestFirms.firm(TestFirms.uniqueName("Other Agency Optics"), "org-agency-elsewhere");
        String organisation = unknownOrganisation();

        as(DemoUsers.AGENCY)
                .body(body(firm, organisation))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("state", equalTo("REQUESTED"))
                .body("yourSide", equalTo("REQUESTER"))
                .body("fromSuggestion", equalTo(true))
                .body("suggestionReasons", hasItem("Worked with 3 firms like yours"));
        as(DemoUsers.AGENCY).body(body(foreign, organisation)).post(PATH).then().statusCode(404);
        as(DemoUsers.AGENCY)
                .body(body(null, organisation))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("firmId"));
        as(DemoUsers.PARTNER).body(body(firm, organisation)).post(PATH).then().statusCode(403);
        as(DemoUsers.ADMIN).body(body(firm, organisation)).post(PATH).then().statusCode(403);
        // An SME user requests for its own firm only.
        as(DemoUsers.SME).body(body(firm, organisation)).post(PATH).then().statusCode(404);
        given().contentType("application/json")
                .body(body(firm, organisation))
                .post(PATH)
                .then()
                .statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    @Test
    void anSmeRequestsForItsOwnFirmAndListsItAsSent() {
        String ownFirm = TestFirms.demoSmeFirm();
        String id = request(DemoUsers.SME, null, TestFirms.DEMO_PARTNER_ORG);
        try {
            as(DemoUsers.SME)
                    .get(PATH + "/sent")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(id))
                    .body("find { it.id == '" + id + "' }.requesterContact.organisationKey", equalTo(ownFirm));
            as(DemoUsers.OTHER_SME).get(PATH + "/" + id).then().statusCode(404);
        } finally {
            as(DemoUsers.SME).post(PATH + "/" + id + "/withdraw").then().statusCode(200);
        }
    }

    @Test
    void oneOpenRequestPerFirmAndOrganisationAndABoundedNumberPerFirm() {
        String firm = TestFirms.firm(TestFirms.uniqueName("Busy Optics"), TestFirms.DEMO_AGENCY_ORG);
        String organisation = unknownOrganisation();
        String first = request(DemoUsers.AGENCY, firm, organisation);
        as(DemoUsers.AGENCY)
                .body(body(firm, organisation))
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(first));
        request(DemoUsers.AGENCY, firm, unknownOrganisation());
        request(DemoUsers.AGENCY, firm, unknownOrganisation());
        // The test profile allows 3 open requests per firm.
        as(DemoUsers.AGENCY)
                .body(body(firm, unknownOrganisation()))
                .post(PATH)
                .then()
                .statusCode(409)
                .body("detail", containsString("most allowed (3)"))
                .body("detail", containsString("not flooded"));
        // Withdrawing frees a place, and the same organisation may be asked again.
        as(DemoUsers.AGENCY).post(PATH + "/" + first + "/withdraw").then().statusCode(200);
        request(DemoUsers.AGENCY, firm, organisation);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String firm = TestFirms.firm(TestFirms.uniqueName("Careless Optics"), TestFirms.DEMO_AGENCY_ORG);
        String organisation = unknownOrganisation();
        as(DemoUsers.AGENCY)
                .body(body(firm, organisation).replace("We would like", "x".repeat(2001)))
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("message")));
        as(DemoUsers.AGENCY)
                .body(body(firm, organisation).replace("\"channel\": \"CO_DEVELOPMENT\",", ""))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("channel")));
        as(DemoUsers.AGENCY)
                .body(body(firm, "not a key"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("organisationKey")));
        as(DemoUsers.AGENCY)
                .body(body(firm, organisation).replace("CO_DEVELOPMENT", "TELEPATHY"))
                .post(PATH)
                .then()
                .statusCode(400);
        as(DemoUsers.AGENCY)
                .body(body(firm, firm))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organisationKey"));
        as(DemoUsers.AGENCY).get(PATH + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        as(DemoUsers.AGENCY).get(PATH + "/sent?limit=0").then().statusCode(400);
    }

    @Test
    void aRequestGoesToARegisteredPartnerOrElseToTheFirmsAgencyAsBroker() {
        String firm = TestFirms.firm(TestFirms.uniqueName("Routed Optics"), TestFirms.DEMO_AGENCY_ORG);
        String toPartner = request(DemoUsers.AGENCY, firm, TestFirms.DEMO_PARTNER_ORG);
        String organisation = unknownOrganisation();
        String brokered = request(DemoUsers.AGENCY, firm, organisation);

        as(DemoUsers.AGENCY).get(PATH + "/" + toPartner).then().body("route", equalTo("ORGANISATION"));
        as(DemoUsers.PARTNER)
                .get(PATH + "/received")
                .then()
                .statusCode(200)
                .body("id", hasItem(toPartner))
                .body("id", not(hasItem(brokered)));
        as(DemoUsers.AGENCY)
                .get(PATH + "/" + brokered)
                .then()
                .body("route", equalTo("BROKER"))
                .body("organisationKey", equalTo(organisation));
        as(DemoUsers.AGENCY).get(PATH + "/received").then().statusCode(200).body("id", hasItem(brokered));
        // The broker records the organisation's answer.
        as(DemoUsers.AGENCY)
                .post(PATH + "/" + brokered + "/accept")
                .then()
                .statusCode(200)
                .body("recipientContact.via", equalTo(TestFirms.DEMO_AGENCY_ORG));
        as(DemoUsers.PARTNER).get(PATH + "/" + brokered).then().statusCode(404);
    }

    /** An unpublished firm stays hidden: asked by its key, it is treated as an organisation not on the platform. */
    @Test
    void anUnpublishedFirmIsReachedOnlyByThoseWhoMaySeeIt() {
        String hidden = TestFirms.unpublishedFirm(TestFirms.uniqueName("Draft Optics"), DemoUsers.OTHER_AGENCY_ORG_ID);
        String firm = TestFirms.firm(TestFirms.uniqueName("Curious Optics"), TestFirms.DEMO_AGENCY_ORG);
        String brokered = request(DemoUsers.AGENCY, firm, hidden);
        as(DemoUsers.AGENCY).get(PATH + "/" + brokered).then().statusCode(200).body("route", equalTo("BROKER"));
        as(DemoUsers.OTHER_AGENCY)
                .get(PATH + "/received")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(brokered)));

        String own = TestFirms.unpublishedFirm(TestFirms.uniqueName("Own Draft Optics"), TestFirms.DEMO_AGENCY_ORG);
        String delivered = request(DemoUsers.AGENCY, firm, own);
        as(DemoUsers.AGENCY).get(PATH + "/" + delivered).then().statusCode(200).body("route", equalTo("ORGANISATION"));
    }

    /** The anonymity rule: nothing that identifies the requester reaches the recipient before it accepts. */
    @Test
    void theRecipientSeesAnAnonymisedCardUntilItAcceptsThenContactsFlowBothWays() {
        String name = TestFirms.uniqueName("Secretive Optics");
        String person = TestFirms.uniqueName("Aino Secretive");
        String email = "aino." + UUID.randomUUID().toString().substring(0, 8) + "@secretive.example";
        String firm = TestFirms.firmWithContact(
                name, TestFirms.DEMO_AGENCY_ORG, person, "Chief Secrecy Officer", email, "+358 40 765 4321");
        String id = request(DemoUsers.AGENCY, firm, TestFirms.DEMO_PARTNER_ORG);
        // Every field that could say who asked: the firm, its agency, the account, and its shared contact block.
        List<String> identifying = List.of(
                name,
                firm,
                TestFirms.DEMO_AGENCY_ORG,
                DemoUsers.AGENCY,
                "Secretive",
                person,
                email,
                "secretive.example",
                "Chief Secrecy Officer",
                "765 4321");

        String card = as(DemoUsers.PARTNER)
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("yourSide", equalTo("RECIPIENT"))
                .body("requester.country", equalTo("FI"))
                .body("requester.sizeClass", equalTo("SMALL"))
                .body("requester.sector", equalTo("C26.7"))
                .body("requester.knowledgeAreasOffered", hasItem("photonics"))
                .body("message", containsString("sensor head"))
                .body("suggestionReasons", hasItem("Worked with 3 firms like yours"))
                .body("requesterContact", nullValue())
                .extract()
                .asString();
        // Earlier accepted introductions in the list rightly show their requester: this one must not.
        String listed = itemOf(
                as(DemoUsers.PARTNER)
                        .get(PATH + "/received")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                id);
        for (String leak : identifying) {
            assertFalse(card.contains(leak), () -> "The card leaks " + leak + ": " + card);
            assertFalse(listed.contains(leak), () -> "The received list leaks " + leak + ": " + listed);
        }
        // The requester does not see the partner's contact before acceptance either.
        as(DemoUsers.AGENCY).get(PATH + "/" + id).then().body("recipientContact", nullValue());

        as(DemoUsers.PARTNER)
                .post(PATH + "/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("requesterContact.name", equalTo(name))
                .body("requesterContact.organisationKey", equalTo(firm))
                .body("requesterContact.via", equalTo(TestFirms.DEMO_AGENCY_ORG))
                .body("requesterContact.person", equalTo(person))
                .body("requesterContact.role", equalTo("Chief Secrecy Officer"))
                .body("requesterContact.email", equalTo(email))
                .body("requesterContact.phone", equalTo("+358 40 765 4321"));
        as(DemoUsers.AGENCY)
                .get(PATH + "/" + id)
                .then()
                .body("recipientContact.name", equalTo("Demo Partner desk"))
                .body("recipientContact.email", equalTo("desk@partner.example"));
    }

    /** Between two platform firms, each side's shared contact block reaches the other only on acceptance. */
    @Test
    void twoFirmsSeeEachOthersContactBlocksOnlyOnceAccepted() {
        String asking = TestFirms.firmWithContact(
                TestFirms.uniqueName("Asking Optics"),
                TestFirms.DEMO_AGENCY_ORG,
                "Eero Asker",
                "CEO",
                "eero@asking.example",
                "+358 50 111 2222");
        String asked = TestFirms.firmWithContact(
                TestFirms.uniqueName("Asked Lasers"),
                DemoUsers.OTHER_AGENCY_ORG_ID,
                "Liisa Asked",
                "Head of Partnerships",
                "liisa@asked.example",
                "+358 50 333 4444");
        String id = request(DemoUsers.AGENCY, asking, asked);
        String card = as(DemoUsers.OTHER_AGENCY)
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("yourSide", equalTo("RECIPIENT"))
                .extract()
                .asString();
        for (String leak : List.of("Eero", "eero@asking.example", "111 2222", asking)) {
            assertFalse(card.contains(leak), () -> "The card leaks " + leak + ": " + card);
        }
        String sent = as(DemoUsers.AGENCY).get(PATH + "/" + id).then().extract().asString();
        for (String leak : List.of("Liisa", "liisa@asked.example", "333 4444")) {
            assertFalse(sent.contains(leak), () -> "The requester sees " + leak + " before acceptance: " + sent);
        }

        as(DemoUsers.OTHER_AGENCY).post(PATH + "/" + id + "/accept").then().statusCode(200);
        as(DemoUsers.OTHER_AGENCY)
                .get(PATH + "/" + id)
                .then()
                .body("requesterContact.person", equalTo("Eero Asker"))
                .body("requesterContact.email", equalTo("eero@asking.example"))
                .body("requesterContact.phone", equalTo("+358 50 111 2222"));
        as(DemoUsers.AGENCY)
                .get(PATH + "/" + id)
                .then()
                .body("recipientContact.organisationKey", equalTo(asked))
                .body("recipientContact.person", equalTo("Liisa Asked"))
                .body("recipientContact.role", equalTo("Head of Partnerships"))
                .body("recipientContact.email", equalTo("liisa@asked.example"));
    }

    /** The list item with this id, as JSON text; fails when the list does not hold it. */
    private static String itemOf(String list, String id) {
        try {
            for (JsonNode item : new ObjectMapper().readTree(list)) {
                if (id.equals(item.path("id").asText())) {
                    return item.toString();
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + list, e);
        }
        throw new AssertionError("The list does not hold " + id);
    }

    @Test
    void aFirmOnThePlatformReceivesThroughItsSmeUserAnonymisedToo() {
        String own = TestFirms.demoSmeFirm();
        String name = TestFirms.uniqueName("Hidden Lasers");
        String firm = TestFirms.firm(name, TestFirms.DEMO_AGENCY_ORG);
        String id = request(DemoUsers.AGENCY, firm, own);
        String card = as(DemoUsers.SME)
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("route", equalTo("ORGANISATION"))
                .extract()
                .asString();
        assertFalse(card.contains(name) || card.contains(firm), card);
        as(DemoUsers.SME)
                .body("{\"reason\": \"TOO_EARLY\"}")
                .post(PATH + "/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("requesterContact", nullValue());
    }

    @Test
    void declineNeedsAReasonAndOnlyTheRecipientAnswers() {
        String firm = TestFirms.firm(TestFirms.uniqueName("Declined Optics"), TestFirms.DEMO_AGENCY_ORG);
        String id = request(DemoUsers.AGENCY, firm, TestFirms.DEMO_PARTNER_ORG);
        as(DemoUsers.PARTNER)
                .body("{\"reason\": \"OTHER\"}")
                .post(PATH + "/" + id + "/decline")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("text"));
        as(DemoUsers.PARTNER)
                .body("{\"reason\": \"BORED\"}")
                .post(PATH + "/" + id + "/decline")
                .then()
                .statusCode(400);
        // The requester side cannot answer its own request, nor withdraw a request that is not its.
        as(DemoUsers.AGENCY).post(PATH + "/" + id + "/accept").then().statusCode(403);
        as(DemoUsers.PARTNER).post(PATH + "/" + id + "/withdraw").then().statusCode(403);
        as(DemoUsers.OTHER_SME).post(PATH + "/" + id + "/accept").then().statusCode(404);

        as(DemoUsers.PARTNER)
                .body("{\"reason\": \"NO_CAPACITY\"}")
                .post(PATH + "/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("state", equalTo("DECLINED"))
                .body("declineReason", equalTo("NO_CAPACITY"));
        // Repeated: nothing changes; a different answer is a conflict.
        as(DemoUsers.PARTNER)
                .body("{\"reason\": \"NO_CAPACITY\"}")
                .post(PATH + "/" + id + "/decline")
                .then()
                .statusCode(200);
        as(DemoUsers.PARTNER).post(PATH + "/" + id + "/accept").then().statusCode(409);
        as(DemoUsers.AGENCY).post(PATH + "/" + id + "/withdraw").then().statusCode(409);
        as(DemoUsers.AGENCY)
                .get(PATH + "/sent?state=DECLINED")
                .then()
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.recipientContact", nullValue());
    }

    @Test
    void outcomesFollowAcceptanceAndEveryTransitionIsOneSchemaValidEvent() {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.INTRODUCTIONS)) {
            String firm = TestFirms.firm(TestFirms.uniqueName("Outcome Optics"), TestFirms.DEMO_AGENCY_ORG);
            String id = request(DemoUsers.AGENCY, firm, TestFirms.DEMO_PARTNER_ORG);
            as(DemoUsers.AGENCY)
                    .body("{\"outcome\": \"MEETING_HELD\"}")
                    .post(PATH + "/" + id + "/outcome")
                    .then()
                    .statusCode(409);
            as(DemoUsers.PARTNER).post(PATH + "/" + id + "/accept").then().statusCode(200);
            as(DemoUsers.PARTNER).post(PATH + "/" + id + "/accept").then().statusCode(200);
            as(DemoUsers.PARTNER)
                    .body("{\"outcome\": \"AGREEMENT_SIGNED\"}")
                    .post(PATH + "/" + id + "/outcome")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("agreementChannel"));
            as(DemoUsers.AGENCY)
                    .body("{\"outcome\": \"MEETING_HELD\"}")
                    .post(PATH + "/" + id + "/outcome")
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("MEETING_HELD"));
            as(DemoUsers.PARTNER)
                    .body("{\"outcome\": \"AGREEMENT_SIGNED\", \"agreementChannel\": \"LICENSING\"}")
                    .post(PATH + "/" + id + "/outcome")
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("AGREEMENT_SIGNED"))
                    .body("agreementChannel", equalTo("LICENSING"));
            as(DemoUsers.AGENCY)
                    .body("{\"outcome\": \"AGREEMENT_SIGNED\", \"agreementChannel\": \"LICENSING\"}")
                    .post(PATH + "/" + id + "/outcome")
                    .then()
                    .statusCode(200);
            as(DemoUsers.AGENCY)
                    .body("{\"outcome\": \"MEETING_HELD\"}")
                    .post(PATH + "/" + id + "/outcome")
                    .then()
                    .statusCode(409);

            List<KafkaProbe.Received> events = topic.awaitAll(
                    KafkaProbe.keyIn(List.of(id)), received -> received.size() >= 4, Duration.ofSeconds(60));
            events = topic.readFor(Duration.ofSeconds(2), KafkaProbe.keyIn(List.of(id)));
            assertEquals(
                    List.of(
                            "IntroductionRequested",
                            "IntroductionAccepted",
                            "IntroductionMeetingHeld",
                            "IntroductionAgreementSigned"),
                    events.stream().map(KafkaProbe.Received::type).toList());
            for (KafkaProbe.Received event : events) {
                assertTrue(
                        EventSchemas.violations(event.event()).isEmpty(),
                        () -> event.type() + " breaks its schema: " + EventSchemas.violations(event.event()));
                assertEquals(id, event.event().path("subject").asText());
                assertFalse(event.value().contains("sensor head"), "free text never travels");
            }
            var signed = events.get(3).event().path("data");
            assertEquals(firm, signed.path("firmId").asText());
            assertEquals(
                    TestFirms.DEMO_PARTNER_ORG, signed.path("organisationKey").asText());
            assertEquals("LICENSING", signed.path("agreementChannel").asText());
            assertEquals("CO_DEVELOPMENT", signed.path("channel").asText());
        }
    }

    @Test
    void aWithdrawnRequestStaysWithdrawnAndEmitsOnce() {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.INTRODUCTIONS)) {
            String firm = TestFirms.firm(TestFirms.uniqueName("Withdrawn Optics"), TestFirms.DEMO_AGENCY_ORG);
            String id = request(DemoUsers.AGENCY, firm, unknownOrganisation());
            as(DemoUsers.AGENCY)
                    .post(PATH + "/" + id + "/withdraw")
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("WITHDRAWN"));
            as(DemoUsers.AGENCY).post(PATH + "/" + id + "/withdraw").then().statusCode(200);
            as(DemoUsers.AGENCY).post(PATH + "/" + id + "/accept").then().statusCode(409);
            topic.awaitAll(KafkaProbe.keyIn(List.of(id)), received -> received.size() >= 2, Duration.ofSeconds(60));
            List<KafkaProbe.Received> events = topic.readFor(Duration.ofSeconds(2), KafkaProbe.keyIn(List.of(id)));
            assertEquals(
                    List.of("IntroductionRequested", "IntroductionWithdrawn"),
                    events.stream().map(KafkaProbe.Received::type).toList());
            events.forEach(
                    event -> assertTrue(EventSchemas.violations(event.event()).isEmpty()));
        }
    }

    @Test
    void anUnansweredRequestExpiresByTheScheduledJob() throws InterruptedException {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.INTRODUCTIONS)) {
            String firm = TestFirms.firm(TestFirms.uniqueName("Patient Optics"), TestFirms.DEMO_AGENCY_ORG);
            String id = request(DemoUsers.AGENCY, firm, TestFirms.DEMO_PARTNER_ORG);
            // The test profile expires requests after 20 s.
            Instant deadline = Instant.now().plusSeconds(90);
            String state = "REQUESTED";
            while (!state.equals("EXPIRED") && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                state = as(DemoUsers.AGENCY)
                        .get(PATH + "/" + id)
                        .then()
                        .extract()
                        .path("state");
            }
            assertEquals("EXPIRED", state);
            as(DemoUsers.PARTNER).post(PATH + "/" + id + "/accept").then().statusCode(409);
            KafkaProbe.Received expired = topic.await(
                    "IntroductionExpired of " + id,
                    received -> id.equals(received.key()) && received.type().equals("IntroductionExpired"),
                    Duration.ofSeconds(60));
            assertTrue(EventSchemas.violations(expired.event()).isEmpty());
        }
    }

    @Test
    void anErasedFirmTakesItsIntroductionsWithIt() {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.INTRODUCTIONS)) {
            String firm = TestFirms.firm(TestFirms.uniqueName("Forgotten Optics"), TestFirms.DEMO_AGENCY_ORG);
            String id = request(DemoUsers.AGENCY, firm, TestFirms.DEMO_PARTNER_ORG);
            TestFirms.erase(firm);
            TestFirms.awaitErased(firm);
            as(DemoUsers.AGENCY).get(PATH + "/" + id).then().statusCode(404);
            as(DemoUsers.PARTNER).get(PATH + "/" + id).then().statusCode(404);
            KafkaProbe.Received erased = topic.await(
                    "IntroductionErased of " + id,
                    received -> id.equals(received.key()) && received.type().equals("IntroductionErased"),
                    Duration.ofSeconds(60));
            assertTrue(EventSchemas.violations(erased.event()).isEmpty(), erased.value());
            assertEquals(firm, erased.event().path("data").path("firmId").asText());
        }
    }
}
