package org.knowbridge.firmprofiles.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * A firm's contact for accepted introductions is stored only with its consent (who gave it, when), published to
 * the introductions service on the firm's events, and gone from both once the consent is withdrawn.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroductionContactTest {

    private static final String CONTACT = """
            {"name": "Aino Virtanen", "role": "Head of R&D", "email": "aino@virtanen.example",
             "phone": "+358 40 123 4567", "consentToShare": true}""";

    @Test
    void aContactIsSharedWithConsentPublishedAndWithdrawn() {
        String firm = TestFirms.onboard(TestFirms.uniqueName("Contact Oy"), "FI");
        try (KafkaProbe firms = KafkaProbe.fromEnd(Topic.FIRMS)) {
            TestFirms.as(DemoUsers.AGENCY)
                    .body(CONTACT)
                    .put("/api/v1/firms/" + firm + "/introduction-contact")
                    .then()
                    .statusCode(200)
                    .body("introductionContact.name", equalTo("Aino Virtanen"))
                    .body("introductionContact.role", equalTo("Head of R&D"))
                    .body("introductionContact.email", equalTo("aino@virtanen.example"))
                    .body("introductionContact.phone", equalTo("+358 40 123 4567"))
                    .body("introductionContact.consentedBy", equalTo(DemoUsers.AGENCY))
                    .body("introductionContact.consentedAt", notNullValue());
            JsonNode shared = firms.awaitEvent(
                    "the firm's FirmUpdated with its contact",
                    event -> event.path("subject").asText().equals(firm)
                            && event.path("data").path("introductionContact").isObject(),
                    Duration.ofSeconds(30));
            assertEquals(
                    "aino@virtanen.example",
                    shared.path("data")
                            .path("introductionContact")
                            .path("email")
                            .asText());
            assertEquals(
                    Set.of("name", "role", "email", "phone"),
                    fieldNames(shared.path("data").path("introductionContact")),
                    "the event carries the block only, not who consented");

            TestFirms.as(DemoUsers.AGENCY)
                    .delete("/api/v1/firms/" + firm + "/introduction-contact")
                    .then()
                    .statusCode(200)
                    .body("introductionContact", nullValue());
            firms.awaitEvent(
                    "the firm's FirmUpdated without its contact",
                    event -> event.path("subject").asText().equals(firm)
                            && event.path("data").path("introductionContact").isNull(),
                    Duration.ofSeconds(30));
        }
        assertNull(TestFirms.read(DemoUsers.AGENCY, firm).path("introductionContact"));
    }

    @Test
    void noContactIsStoredWithoutConsentOrWithABadField() {
        String firm = TestFirms.onboard(TestFirms.uniqueName("No Consent Oy"), "FI");
        TestFirms.as(DemoUsers.AGENCY)
                .body(CONTACT.replace("\"consentToShare\": true", "\"consentToShare\": false"))
                .put("/api/v1/firms/" + firm + "/introduction-contact")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("consentToShare"));
        TestFirms.as(DemoUsers.AGENCY)
                .body(CONTACT.replace("aino@virtanen.example", "not an address"))
                .put("/api/v1/firms/" + firm + "/introduction-contact")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"));
        TestFirms.as(DemoUsers.AGENCY)
                .body(CONTACT.replace("+358 40 123 4567", "call me"))
                .put("/api/v1/firms/" + firm + "/introduction-contact")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phone"));
        assertNull(TestFirms.read(DemoUsers.AGENCY, firm).path("introductionContact"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        assertTrue(!names.isEmpty());
        return names;
    }
}
