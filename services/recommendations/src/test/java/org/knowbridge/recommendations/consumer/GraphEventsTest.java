package org.knowbridge.recommendations.consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/** Graph events on the real Kafka change the projection, and the affected firms hear of their new suggestions. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class GraphEventsTest {

    @Inject
    ServiceInstance instance;

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    @Test
    void aRecordedCollaborationRemovesTheNewPartnerFromTheFirmsSuggestionsAndPublishesThem() {
        String firm = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(firm, "DE", List.of(), List.of(), null, "fixture:berlin-lasers"));
        TestEvents.eventually(
                () -> firms.find(firm).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "firm and graph");
        TestEvents.link(projection, firm, "fixture:berlin-lasers");
        String admin = DemoUsers.token(DemoUsers.ADMIN);
        String path = "/api/v1/firms/" + firm + "/recommendations";
        String top = given().auth()
                .oauth2(admin)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("recommendations[0].partnerId");
        long version = given().auth()
                .oauth2(admin)
                .when()
                .get(path)
                .then()
                .extract()
                .jsonPath()
                .getLong("graphVersion");

        try (KafkaProbe published = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            String key = "test:" + UUID.randomUUID();
            TestEvents.publishGraphEvent(
                    EventType.CollaborationRecorded.name(),
                    key,
                    TestEvents.collaboration(
                            key, "fixture:berlin-lasers", "CUSTOMER", top, "SUPPLIER", "CO_DEVELOPMENT", 2024));

            // Sent by this instance (another recommendations instance on the shared stack publishes from its own
            // graph), ranked after the change (one published at start-up for an earlier change may come first).
            JsonNode updated = published
                    .await(
                            "RecommendationsUpdated of " + firm,
                            r -> r.event().path("type").asText().equals("org.knowbridge.RecommendationsUpdated")
                                    && r.event().path("subject").asText().equals(firm)
                                    && r.event()
                                                    .path("data")
                                                    .path("graphVersion")
                                                    .asLong()
                                            > version
                                    && ("recommendations@" + instance.id())
                                            .equals(r.header(EventPublisher.INSTANCE_HEADER)),
                            Duration.ofSeconds(30))
                    .event();
            assertEquals(Set.of(), EventSchemas.violations(updated));
            assertEquals(
                    "COLLABORATION_CHANGED", updated.path("data").path("cause").asText());
            List<String> suggested = new ArrayList<>();
            updated.path("data")
                    .path("recommendations")
                    .forEach(r -> suggested.add(r.path("partnerKey").asText()));
            assertFalse(suggested.contains(top), "the new partner is no longer suggested: " + suggested);
        }
        given().auth()
                .oauth2(admin)
                .when()
                .get(path + "?limit=50")
                .then()
                .statusCode(200)
                .body("graphVersion", greaterThan(version))
                .body("recommendations.partnerId", not(hasItem(top)));
    }

    @Test
    void theFirmsOfAPartysPartnersHearOfTheChangeToo() {
        // Politecnico di Milano worked with Tecnalia in a joint project: a new partner of Tecnalia changes
        // the Politecnico's common partners, so a firm on the Politecnico's node is ranked again as well.
        String firm = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(firm, "IT", List.of(), List.of(), null, "fixture:polimi"));
        TestEvents.eventually(
                () -> firms.find(firm).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "firm and graph");
        TestEvents.link(projection, firm, "fixture:polimi");
        try (KafkaProbe published = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            String key = "test:" + UUID.randomUUID();
            TestEvents.publishGraphEvent(
                    EventType.CollaborationRecorded.name(),
                    key,
                    TestEvents.collaboration(
                            key,
                            "fixture:tecnalia",
                            "RESEARCH_ORGANISATION",
                            "fixture:vienna-chips",
                            "CUSTOMER",
                            "LICENSING",
                            2024));
            // Sent by this instance (another recommendations instance on the shared stack publishes from its own
            // graph).
            JsonNode updated = published
                    .await(
                            "RecommendationsUpdated of " + firm,
                            r -> r.event().path("type").asText().equals("org.knowbridge.RecommendationsUpdated")
                                    && r.event().path("subject").asText().equals(firm)
                                    && ("recommendations@" + instance.id())
                                            .equals(r.header(EventPublisher.INSTANCE_HEADER)),
                            Duration.ofSeconds(30))
                    .event();
            assertEquals(Set.of(), EventSchemas.violations(updated));
            assertEquals(
                    "fixture:polimi",
                    updated.path("data").path("organisationKey").asText());
        }
    }

    @Test
    void aCollaborationWithAnOrganisationNotYetKnownAddsIt() {
        String newcomer = "test:" + UUID.randomUUID();
        String key = "test:" + UUID.randomUUID();
        TestEvents.publishGraphEvent(EventType.OrganisationUpserted.name(), newcomer, organisation(newcomer));
        TestEvents.publishGraphEvent(
                EventType.CollaborationRecorded.name(),
                key,
                TestEvents.collaboration(
                        key, "fixture:tecnalia", "RESEARCH_ORGANISATION", newcomer, "CUSTOMER", "LICENSING", 2024));
        TestEvents.eventually(
                () -> projection
                        .ranker()
                        .orElseThrow()
                        .graph()
                        .indexOf(newcomer)
                        .map(node -> projection.ranker().get().graph().degree(node) == 1)
                        .orElse(false),
                Duration.ofSeconds(30),
                newcomer + " is in the graph with its one partner");
    }

    @Test
    void anOrganisationsTypeAndSmeFlagComeFromItsEventsTheLegacyFirmAsACompany() {
        TestEvents.eventually(() -> projection.ranker().isPresent(), Duration.ofSeconds(60), "the graph is loaded");
        String key = "test:" + UUID.randomUUID();
        // Dutch and without collaborations: never a candidate, so no other test's suggestions change.
        TestEvents.publishLegacyGraphEvent(
                EventType.OrganisationUpserted.name(),
                key,
                TestEvents.organisation(key, "NL").put("type", "FIRM").put("sme", true));
        TestEvents.eventually(
                () -> organisationIs(key, OrganisationType.COMPANY, true),
                Duration.ofSeconds(30),
                key + " is an SME company");
        TestEvents.publishGraphEvent(
                EventType.OrganisationUpserted.name(),
                key,
                TestEvents.organisation(key, "NL").put("type", "UNIVERSITY").put("sme", false));
        TestEvents.eventually(
                () -> organisationIs(key, OrganisationType.UNIVERSITY, false),
                Duration.ofSeconds(30),
                key + " is now a university, not an SME");
    }

    private boolean organisationIs(String key, OrganisationType type, boolean sme) {
        var graph = projection.ranker().orElseThrow().graph();
        return graph.indexOf(key)
                .map(graph::organisation)
                .map(o -> o.type() == type && o.sme() == sme)
                .orElse(false);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode organisation(String key) {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("key", key)
                .put("name", "Newcomer " + key)
                // German: never a suggestion to the German demo firm other tests read, whose lists it would join
                // with nothing to say but that it is connected.
                .put("country", "DE")
                .put("type", "COMPANY")
                .put("sme", true)
                .putNull("sector")
                .put("source", "SELF_REPORTED");
    }
}
