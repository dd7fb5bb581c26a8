package org.knowbridge.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.knowbridge.systemtests.Calls.as;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.Platform.EVENT_TIMEOUT;
import static org.knowbridge.systemtests.Platform.PARTNER_ORGANISATION;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * From a suggestion to a first contact and back into the graph, across the four services: the SME expresses interest
 * in a suggested partner, the partner sees an anonymised card, accepts, both see each other's contact, an agreement
 * is recorded, partner-graph holds it as a collaboration and recommendations no longer suggests the partner. Then
 * the same through the firm's agency as broker, for an organisation that is not on the platform.
 */
@ExtendWith(RunningPlatform.class)
class IntroductionJourneyTest {

    /**
     * The firm's German suggestions that worked through licensing, where the demo partner is. The ranking alone
     * depends on what else the graph holds (the demo data, or every earlier test's, the CORDIS register among
     * them), so the test reads the narrow list its partner belongs to.
     */
    private static final Map<String, String> GERMAN_LICENSORS = Map.of("country", "DE", "channel", "LICENSING");

    @Test
    void fromSuggestionToAgreementToCollaboration() {
        String legalName = Platform.unique("Journey Photonics Oy");
        String firmId = Platform.agencyPublishesFirm("""
                {"legalName": "%s", "country": "FI", "sector": "C26.7", "employees": 20,
                 "knowledgeAreasSought": ["sensors"], "targetCountries": ["DE"]}
                """.formatted(legalName));
        as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .body("""
                        {"name": "Aino Journey", "role": "CEO", "email": "aino@journey.example",
                         "phone": "+358 40 555 0101", "consentToShare": true}""")
                .put("/api/v1/firms/" + firmId + "/introduction-contact")
                .then()
                .statusCode(200);
        try (RealmAccount sme = RealmAccount.forFirm(firmId)) {
            Platform.awaitInGraph(firmId);
            // The demo partner is suggested through the three German firms the firm works with, each of which licensed
            // from it.
            Platform.partnerOrganisationExists();
            for (String name : List.of("Rhein Optik GmbH", "Main Laser GmbH", "Elbe Photonik GmbH")) {
                String hub = Platform.organisation("intro-hub", Platform.unique(name), "DE", "COMPANY");
                Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
                Platform.collaboration(DemoUsers.ADMIN, hub, "CUSTOMER", PARTNER_ORGANISATION, "SUPPLIER", "LICENSING");
            }
            Platform.partnerReceivesIntroductions();
            eventually(
                    "the demo partner suggested to " + firmId,
                    EVENT_TIMEOUT,
                    () -> Platform.suggestedPartners(sme.token(), firmId, GERMAN_LICENSORS)
                            .contains(PARTNER_ORGANISATION));
            JsonPath suggestions = Platform.recommendations(sme.token(), firmId, GERMAN_LICENSORS);
            List<String> reasons = suggestions.getList(
                    "recommendations.find { it.partnerId == '" + PARTNER_ORGANISATION + "' }.reasons.text");

            // The SME expresses interest, with the reasons it was shown.
            String id = Calls.withToken(sme.token(), Service.INTRODUCTIONS)
                    .body(Map.of(
                            "organisationKey", PARTNER_ORGANISATION,
                            "offers", "Photonic sensor heads",
                            "seeks", "A licensing partner",
                            "channel", "LICENSING",
                            "message", "We would like to license your optics.",
                            "suggestionReasons", reasons.subList(0, Math.min(3, reasons.size()))))
                    .post("/api/v1/introductions")
                    .then()
                    .statusCode(201)
                    .body("route", is("ORGANISATION"))
                    .extract()
                    .path("id");

            // The partner lists it as an anonymised card: nothing says who asked.
            String received = as(DemoUsers.PARTNER, Service.INTRODUCTIONS)
                    .get("/api/v1/introductions/received?state=REQUESTED")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(id))
                    .extract()
                    .asString();
            for (String leak : List.of(legalName, firmId, "Aino Journey", "aino@journey.example", "555 0101")) {
                assertThat("the received list leaks " + leak, received.contains(leak), is(false));
            }

            // The partner accepts: both sides see each other's contact.
            as(DemoUsers.PARTNER, Service.INTRODUCTIONS)
                    .post("/api/v1/introductions/" + id + "/accept")
                    .then()
                    .statusCode(200)
                    .body("requesterContact.name", is(legalName))
                    .body("requesterContact.person", is("Aino Journey"))
                    .body("requesterContact.email", is("aino@journey.example"));
            Calls.withToken(sme.token(), Service.INTRODUCTIONS)
                    .get("/api/v1/introductions/" + id)
                    .then()
                    .statusCode(200)
                    .body("recipientContact.email", is("desk@partner.example"));

            // The agreement becomes a collaboration in the graph, and the partner is no longer suggested.
            Calls.withToken(sme.token(), Service.INTRODUCTIONS)
                    .body("{\"outcome\": \"AGREEMENT_SIGNED\", \"agreementChannel\": \"LICENSING\"}")
                    .post("/api/v1/introductions/" + id + "/outcome")
                    .then()
                    .statusCode(200)
                    .body("state", is("AGREEMENT_SIGNED"));
            awaitCollaboration("introduction:" + id);
            as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                    .get("/api/v1/collaborations/introduction:" + id)
                    .then()
                    .statusCode(200)
                    .body("source", is("INTRODUCTION"))
                    .body("channel", is("LICENSING"));
            eventually(
                    "the demo partner no longer suggested to " + firmId,
                    EVENT_TIMEOUT,
                    () -> !Platform.suggestedPartners(sme.token(), firmId, GERMAN_LICENSORS)
                            .contains(PARTNER_ORGANISATION));
            JsonPath withIntroduced = Platform.recommendations(sme.token(), firmId, Map.of("include", "introduced"));
            assertThat(withIntroduced.getList("recommendations.partnerId"), not(hasItem(PARTNER_ORGANISATION)));
            assertThat(withIntroduced.getList("introduced.partnerId"), hasItem(PARTNER_ORGANISATION));

            // Through the agency as broker: an organisation that is not on the platform.
            String university = Platform.organisation("intro-univ", "Université de Journey", "FR", "UNIVERSITY");
            String brokered = Calls.withToken(sme.token(), Service.INTRODUCTIONS)
                    .body(Map.of(
                            "organisationKey", university,
                            "offers", "Photonic sensor heads",
                            "seeks", "A research partner",
                            "channel", "CO_DEVELOPMENT",
                            "message", "Would your lab co-develop a sensor?"))
                    .post("/api/v1/introductions")
                    .then()
                    .statusCode(201)
                    .body("route", is("BROKER"))
                    .extract()
                    .path("id");
            as(DemoUsers.AGENCY, Service.INTRODUCTIONS)
                    .get("/api/v1/introductions/received")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(brokered));
            as(DemoUsers.AGENCY, Service.INTRODUCTIONS)
                    .post("/api/v1/introductions/" + brokered + "/accept")
                    .then()
                    .statusCode(200);
            as(DemoUsers.AGENCY, Service.INTRODUCTIONS)
                    .body("{\"outcome\": \"AGREEMENT_SIGNED\", \"agreementChannel\": \"CO_DEVELOPMENT\"}")
                    .post("/api/v1/introductions/" + brokered + "/outcome")
                    .then()
                    .statusCode(200);
            awaitCollaboration("introduction:" + brokered);

            // The agency's figures count both.
            as(DemoUsers.AGENCY, Service.INTRODUCTIONS)
                    .get("/api/v1/introductions/indicators")
                    .then()
                    .statusCode(200)
                    .body("byCountry.country", hasItem("DE"));

            Calls.withToken(sme.token(), Service.FIRM_PROFILES)
                    .delete("/api/v1/firms/" + firmId)
                    .then()
                    .statusCode(204);
        }
    }

    private static void awaitCollaboration(String key) {
        eventually(
                "collaboration " + key + " in partner-graph",
                EVENT_TIMEOUT,
                () -> as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                                .get("/api/v1/collaborations/" + key)
                                .statusCode()
                        == 200);
    }
}
