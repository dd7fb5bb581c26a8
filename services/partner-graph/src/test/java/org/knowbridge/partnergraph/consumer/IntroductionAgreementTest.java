package org.knowbridge.partnergraph.consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.IntroductionSnapshot;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.partnergraph.domain.IntroductionAgreement;
import org.knowbridge.partnergraph.repository.IntroductionAgreementRepository;
import org.knowbridge.partnergraph.repository.IntroductionAgreementRepository.Result;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * An introduction that ends in a signed agreement becomes a collaboration of the firm and the organisation, from
 * the introductions service's event alone, and is published to the recommender like any other collaboration.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroductionAgreementTest {

    @Inject
    Driver driver;

    @Inject
    IntroductionAgreementRepository agreements;

    @Test
    void aSignedAgreementBecomesOneCollaborationEvenWhenItsEventIsReplayed() {
        String firm = MirroredFirms.registered("Agreeing Oy", MirroredFirms.DEMO_AGENCY, null);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String introduction = UUID.randomUUID().toString();
        String key = "introduction:" + introduction;

        try (KafkaProbe collaborations = KafkaProbe.fromEnd(Topic.COLLABORATIONS)) {
            // Accepted, a meeting held: no agreement yet, so nothing is recorded.
            publish(introduction, EventType.IntroductionAccepted, firm, university, "ACCEPTED", null);
            publish(introduction, EventType.IntroductionMeetingHeld, firm, university, "MEETING_HELD", null);
            String signed = publish(
                    introduction,
                    EventType.IntroductionAgreementSigned,
                    firm,
                    university,
                    "AGREEMENT_SIGNED",
                    "LICENSING");

            awaitCollaboration(key);
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                    .when()
                    .get("/api/v1/collaborations/" + key)
                    .then()
                    .statusCode(200)
                    .body("source", equalTo("INTRODUCTION"))
                    .body("channel", equalTo("LICENSING"))
                    .body("status", equalTo("CONFIRMED"))
                    .body(
                            "startYear",
                            equalTo(OffsetDateTime.now(ZoneOffset.UTC).getYear()))
                    .body("parties.organisationKey", containsInAnyOrder(firm, university))
                    .body("parties.partnerKind", containsInAnyOrder("OTHER", "UNIVERSITY"));
            // The firm's partners now include the organisation: it reached the graph's queries like any other.
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                    .when()
                    .get("/api/v1/organisations/" + firm + "/partners")
                    .then()
                    .statusCode(200)
                    .body("items.partner.key", org.hamcrest.Matchers.hasItem(university));

            // The same event again (a replay, or the outbox sending twice), then a marker in the same partition.
            KafkaProbe.write(Topic.INTRODUCTIONS, introduction, signed, null);
            awaitLaterAgreementInSamePartition(introduction, "Marker Agreement Oy", university, "CO_DEVELOPMENT");

            List<KafkaProbe.Received> recorded = collaborations.readFor(
                    Duration.ofSeconds(2),
                    r -> r.type().equals("CollaborationRecorded")
                            && r.event().path("data").path("key").asText().equals(key));
            assertEquals(1, recorded.size(), "one CollaborationRecorded for the agreement, whatever the replays");
            assertEquals(
                    "INTRODUCTION",
                    recorded.get(0).event().path("data").path("source").asText());
        }
    }

    @Test
    void anAgreementOfAnErasedFirmRecordsNothing() {
        String firm = MirroredFirms.registered("Erased Before Agreeing Oy", MirroredFirms.DEMO_AGENCY, null);
        String university = TestData.organisation(TestData.newKey(), "KU Leuven", "BE", "UNIVERSITY", false, null);
        MirroredFirms.publish(firm, List.of(MirroredFirms.erased(firm)));
        MirroredFirms.awaitOrganisation(firm, status -> status == 404);

        String introduction = UUID.randomUUID().toString();
        publish(introduction, EventType.IntroductionAgreementSigned, firm, university, "AGREEMENT_SIGNED", "LICENSING");
        // A later agreement in the same partition shows the first was handled.
        awaitLaterAgreementInSamePartition(introduction, "Marker After Erasure Oy", university, "LICENSING");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/collaborations/introduction:" + introduction)
                .then()
                .statusCode(404);
    }

    @Test
    void anAgreementRecordedMeanwhileByAnotherConsumerCountsAsRecordedBefore() throws Exception {
        String firm = MirroredFirms.registered("Racing Agreement Oy", MirroredFirms.DEMO_AGENCY, null);
        String university = TestData.organisation(TestData.newKey(), "TU Wien", "AT", "UNIVERSITY", false, null);
        IntroductionAgreement agreement = new IntroductionAgreement(
                UUID.randomUUID().toString(), firm, university, KnowledgeChannel.LICENSING, 2026);
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try (Session other = driver.session();
                Transaction otherConsumer = other.beginTransaction()) {
            // Another consumer has created the collaboration but not committed yet: this one does not see it, and
            // its own CREATE waits on the key's lock until the other commits.
            otherConsumer
                    .run("CREATE (:Collaboration {key: $key})", Map.of("key", agreement.collaborationKey()))
                    .consume();
            Future<List<Result>> results = consumer.submit(() -> agreements.record(List.of(agreement), c -> {
                throw new AssertionError("no CollaborationRecorded for an agreement recorded by another consumer");
            }));
            awaitBlockedTransaction();
            otherConsumer.commit();

            assertEquals(List.of(Result.ALREADY_RECORDED), results.get(30, TimeUnit.SECONDS));
        } finally {
            consumer.shutdownNow();
            try (Session session = driver.session()) {
                session.executeWrite(tx -> tx.run(
                                "MATCH (c:Collaboration {key: $key}) DETACH DELETE c",
                                Map.of("key", agreement.collaborationKey()))
                        .consume());
            }
        }
    }

    /** Waits until a transaction waits on another's lock (Neo4j lists it as blocked). */
    private void awaitBlockedTransaction() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Session session = driver.session()) {
                long blocked = session.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' "
                                + "RETURN count(*) AS blocked")
                        .single()
                        .get("blocked")
                        .asLong();
                if (blocked > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The agreement's transaction never waited on the other consumer's");
    }

    /** Publishes the event as the introductions service's outbox relay would (keyed by introduction id). */
    private static String publish(
            String introduction, EventType type, String firm, String organisation, String state, String agreement) {
        String payload = event(introduction, type, firm, organisation, state, agreement);
        KafkaProbe.write(Topic.INTRODUCTIONS, introduction, payload, null);
        return payload;
    }

    private static String event(
            String introduction, EventType type, String firm, String organisation, String state, String agreement) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        IntroductionSnapshot data = new IntroductionSnapshot(
                introduction,
                firm,
                organisation,
                "ORGANISATION",
                null,
                state,
                "LICENSING",
                true,
                null,
                agreement,
                now.minusDays(3),
                now);
        return CloudEventCodec.encode(CloudEvent.of("introductions", type.name(), introduction, data));
    }

    /**
     * Publishes another firm's agreement under the same key (so the same partition) and waits until it is recorded:
     * everything published before it under that key has then been handled.
     */
    private static void awaitLaterAgreementInSamePartition(
            String introduction, String firmName, String organisation, String agreement) {
        String marker = UUID.randomUUID().toString();
        String markerFirm = MirroredFirms.registered(firmName, MirroredFirms.DEMO_AGENCY, null);
        KafkaProbe.write(
                Topic.INTRODUCTIONS,
                introduction,
                event(
                        marker,
                        EventType.IntroductionAgreementSigned,
                        markerFirm,
                        organisation,
                        "AGREEMENT_SIGNED",
                        agreement),
                null);
        awaitCollaboration("introduction:" + marker);
    }

    private static void awaitCollaboration(String key) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                    .when()
                    .get("/api/v1/collaborations/" + key)
                    .statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No collaboration " + key + " within 60 s (last status " + status + ")");
    }
}
