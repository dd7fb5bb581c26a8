package org.knowbridge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.PartnerJourneyTest.REMOTE_COUNTRY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealmAccount;

/**
 * Two replicas of recommendations behind the same topics, started here from the built jar on ports of their own and
 * in a publishers group of their own (so that whatever else runs on the stack does not share their duty): both give
 * a firm the same suggestions, each change of the firm is published once between them, by the replica Kafka's
 * consumer group put in charge of the firm, and when that replica stops the other publishes the firm's updates.
 * Records are told apart by the header naming the instance that sent them.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    /** How long the topic is still read after the first update, for a second one from the other replica. */
    private static final Duration QUIET = Duration.ofSeconds(10);

    private static final String GROUP = "recommendations-publishers-" + UUID.randomUUID();
    private static RecommendationsReplica first;
    private static RecommendationsReplica second;

    private static String firmId;
    private static RealmAccount sme;
    private static String hub;

    @BeforeAll
    static void twoReplicas() {
        first = RecommendationsReplica.start(GROUP);
        second = RecommendationsReplica.start(GROUP);
        first.awaitReady();
        second.awaitReady();
        firmId = Platform.agencyPublishesFirm(
                "{\"legalName\": \"%s\", \"country\": \"FI\"}".formatted(Platform.unique("RecommendationsReplica Oy")));
        sme = RealmAccount.forFirm(firmId);
        Platform.awaitInGraph(firmId);
        // A partner of the firm's future partner, in a country without real organisations.
        hub = Platform.organisation(
                "replica-hub", Platform.unique("RecommendationsReplica Partner GmbH"), "DE", "COMPANY");
        String university = Platform.organisation(
                "replica-univ", "Bouvet RecommendationsReplica University", REMOTE_COUNTRY, "UNIVERSITY");
        Platform.collaboration(DemoUsers.ADMIN, hub, "UNIVERSITY", university, "CUSTOMER", "CO_DEVELOPMENT");
        for (RecommendationsReplica replica : List.of(first, second)) {
            eventually(
                    "replica " + replica.url() + " knows firm " + firmId,
                    EVENT_TIMEOUT,
                    () -> replica.recommendations(sme.token(), firmId).statusCode() == 200);
        }
    }

    @AfterAll
    static void stopReplicas() {
        if (sme != null) {
            sme.close();
        }
        for (RecommendationsReplica replica : new RecommendationsReplica[] {first, second}) {
            if (replica != null) {
                replica.stop();
            }
        }
    }

    @Test
    @Order(1)
    void bothReplicasSuggestTheSameAndEachChangeOfAFirmIsPublishedOnce() {
        Map<String, String> remote = Map.of("country", REMOTE_COUNTRY);
        try (KafkaProbe updates = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
            Predicate<KafkaProbe.Received> fromReplicas = updateOf(firmId, "COLLABORATION_CHANGED", first, second);
            updates.await("the firm's update after its new collaboration", fromReplicas, EVENT_TIMEOUT);
            List<KafkaProbe.Received> published = updates.readFor(QUIET, fromReplicas);
            assertEquals(
                    1,
                    published.size(),
                    "one collaboration of the firm, published by "
                            + published.stream()
                                    .map(r -> r.header(EventPublisher.INSTANCE_HEADER))
                                    .toList());
            String publisher = published.getFirst().header(EventPublisher.INSTANCE_HEADER);
            RecommendationsReplica inCharge = first.sent(published.getFirst()) ? first : second;
            assertTrue(inCharge.owns(firmId), publisher + " published for a firm whose partition it was not assigned");
        }
        for (RecommendationsReplica replica : List.of(first, second)) {
            eventually(
                    "replica " + replica.url() + " suggests the hub's university to " + firmId,
                    EVENT_TIMEOUT,
                    () -> !replica.partners(sme.token(), firmId, remote).isEmpty());
        }
        // Each replica applies the topics at its own pace: once both have read the same events they answer the same.
        List<Object> lastSeen = new java.util.ArrayList<>();
        eventually(
                "both replicas give " + firmId + " the same suggestions, reasons and scores",
                EVENT_TIMEOUT,
                () -> {
                    lastSeen.clear();
                    lastSeen.add(first.ranked(sme.token(), firmId));
                    lastSeen.add(second.ranked(sme.token(), firmId));
                    return lastSeen.get(0).equals(lastSeen.get(1));
                },
                () -> "; last answers: " + lastSeen);
    }

    @Test
    @Order(2)
    void whenTheReplicaInChargeOfAFirmStopsTheOtherPublishesItsUpdates() {
        RecommendationsReplica inCharge = first.owns(firmId) ? first : second;
        RecommendationsReplica other = inCharge == first ? second : first;
        assertTrue(inCharge.owns(firmId), "one of the two replicas is in charge of " + firmId);
        inCharge.stop();
        try (KafkaProbe updates = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            String later = Platform.organisation(
                    "replica-later", Platform.unique("RecommendationsReplica Later AB"), "SE", "COMPANY");
            Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", later, "SUPPLIER", "CO_DEVELOPMENT");
            updates.await(
                    "the firm's update after the replica in charge of it stopped",
                    updateOf(firmId, "COLLABORATION_CHANGED", other),
                    EVENT_TIMEOUT);
        }
        assertTrue(other.owns(firmId), "the remaining replica was assigned the firm's partition");
    }

    private static Predicate<KafkaProbe.Received> updateOf(
            String firm, String cause, RecommendationsReplica... replicas) {
        return r -> firm.equals(r.key())
                && "RecommendationsUpdated".equals(r.type())
                && cause.equals(r.event().path("data").path("cause").asText())
                && List.of(replicas).stream().anyMatch(replica -> replica.sent(r));
    }
}
