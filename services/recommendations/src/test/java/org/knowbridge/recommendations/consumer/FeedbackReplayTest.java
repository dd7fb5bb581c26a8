package org.knowbridge.recommendations.consumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.domain.Verdict;
import org.knowbridge.recommendations.event.FeedbackPublisher;
import org.knowbridge.recommendations.event.SuggestionPublisher;
import org.knowbridge.recommendations.repository.FeedbackStore;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.repository.SuggestionLog;
import org.knowbridge.recommendations.service.FeedbackService;
import org.knowbridge.recommendations.service.FirmAccess;
import org.knowbridge.recommendations.service.Projection;
import org.knowbridge.recommendations.service.RecommendationRefresher;
import org.knowbridge.recommendations.service.RecommendationService;
import org.knowbridge.recommendations.service.SuggestionRecorder;

/** Feedback outlives the instance that took it: a new instance rebuilds it from the real Kafka topic. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FeedbackReplayTest {

    @Inject
    SuggestionRecorder suggestions;

    @Inject
    SuggestionPublisher suggestionPublisher;

    @Inject
    RecommendationService recommendations;

    @Inject
    KafkaClients kafka;

    @Inject
    FeedbackPublisher publisher;

    @Inject
    FirmAccess access;

    @Inject
    RecommendationRefresher refresher;

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    @Test
    void aFreshInstanceKnowsEveryDeclineAcknowledgedBefore() throws InterruptedException {
        TestEvents.registerDemoFirm();
        TestEvents.eventually(
                () -> firms.find(DemoUsers.SME_FIRM_ID).isPresent()
                        && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "the demo firm known and the graph loaded");
        String partner = "test:" + UUID.randomUUID();
        TestEvents.publishGraphEvent(
                EventType.OrganisationUpserted.name(), partner, TestEvents.organisation(partner, "NL"));
        TestEvents.eventually(
                () -> projection.ranker().orElseThrow().graph().indexOf(partner).isPresent(),
                Duration.ofSeconds(30),
                partner + " is in the graph");
        TestEvents.publishSuggested(DemoUsers.SME_FIRM_ID, partner);
        TestEvents.eventually(
                () -> suggestions.wasSuggested(DemoUsers.SME_FIRM_ID, partner),
                Duration.ofSeconds(30),
                partner + " is suggested to the demo firm");
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.SME))
                .contentType(ContentType.JSON)
                .body("{\"verdict\": \"DECLINED\", \"reason\": \"ALREADY_IN_CONTACT\"}")
                .when()
                .put("/api/v1/firms/" + DemoUsers.SME_FIRM_ID + "/recommendations/feedback/" + partner)
                .then()
                .statusCode(200);
        // Stored before the API checked firm and partner: the log keeps it, and a replay still reads it.
        String goneFirm = UUID.randomUUID().toString();
        String gonePartner = "test:" + UUID.randomUUID();
        publisher.publish(new Feedback(
                goneFirm,
                gonePartner,
                Verdict.DECLINED,
                DeclineReason.NOT_RELEVANT,
                null,
                DemoUsers.ADMIN,
                OffsetDateTime.now(ZoneOffset.UTC)));

        // What a restarted instance has: an empty store and the topic.
        FeedbackStore rebuilt = new FeedbackStore();
        SuggestionRecorder rebuiltSuggestions = new SuggestionRecorder(new SuggestionLog(), suggestionPublisher);
        FeedbackReplay replay = new FeedbackReplay(
                kafka,
                new FeedbackService(
                        publisher, rebuilt, access, refresher, firms, projection, rebuiltSuggestions, recommendations),
                rebuiltSuggestions);
        replay.onStart(null);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!replay.caughtUp() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(replay.caughtUp(), "the replay reached the end of the topic");
            assertTrue(rebuilt.declinedBy(DemoUsers.SME_FIRM_ID).contains(partner));
            Feedback feedback = rebuilt.of(DemoUsers.SME_FIRM_ID).stream()
                    .filter(f -> f.partnerId().equals(partner))
                    .findFirst()
                    .orElseThrow();
            assertEquals(DeclineReason.ALREADY_IN_CONTACT, feedback.reason());
            assertEquals(Set.of(gonePartner), rebuilt.declinedBy(goneFirm), "an event stored earlier is replayed");
            assertTrue(
                    rebuiltSuggestions.wasSuggested(DemoUsers.SME_FIRM_ID, partner),
                    "which partners were suggested is rebuilt too");
        } finally {
            replay.onStop(null);
        }
    }
}
