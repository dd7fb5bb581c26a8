package org.knowbridge.recommendations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.Metrics;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.TraceParents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/**
 * What operators see of the service: events read and published counted, request latency and freshness timed,
 * and a trace carried from a request, or from a graph event, to the events it leads to.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ObservabilityTest {

    private static final String UPDATED = EventType.RecommendationsUpdated.cloudEventType();

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    /** A firm on a fixture node with collaborations, known to the service, once the graph is loaded. */
    private String knownFirm(String onboardedBy) {
        String firm = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(firm, "DE", List.of(), List.of(), onboardedBy, "fixture:berlin-lasers"));
        TestEvents.eventually(
                () -> firms.find(firm).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "firm and graph");
        TestEvents.link(projection, firm, "fixture:berlin-lasers");
        return firm;
    }

    @Test
    void answeringForSuggestionsIsTimedAndTheFirmEventCounted() {
        Map<String, String> registered =
                Map.of("topic", Topic.FIRMS.topicName(), "type", "FirmRegistered", "service", "recommendations");
        double consumed = Metrics.value("knowbridge_events_consumed_total", registered);
        double answered = Metrics.value("knowbridge_recommendations_latency_seconds_count", Map.of());
        String firm = knownFirm(null);
        assertTrue(
                Metrics.value("knowbridge_events_consumed_total", registered) >= consumed + 1,
                "FirmRegistered counted as consumed");

        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + firm + "/recommendations")
                .then()
                .statusCode(200);
        String metrics = Metrics.scrape();
        assertTrue(
                Metrics.value(metrics, "knowbridge_recommendations_latency_seconds_count", Map.of()) >= answered + 1,
                metrics);
        assertTrue(
                Metrics.exposes(metrics, "knowbridge_recommendations_latency_seconds_bucket"),
                "a histogram, for percentiles across instances");
    }

    @Test
    void aTracedGraphEventsTraceContinuesToThePublishedSuggestions() {
        String firm = knownFirm(null);
        String answered = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + firm + "/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .path("recommendations[0].partnerId");
        Map<String, String> produced =
                Map.of("topic", Topic.RECOMMENDATIONS.topicName(), "type", "RecommendationsUpdated");
        double before = Metrics.value("knowbridge_events_produced_total", produced);
        double fresh = Metrics.value("knowbridge_recommendations_freshness_seconds_count", Map.of());
        String traceparent = TraceParents.newTrace();

        try (KafkaProbe published = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            String key = "test:" + UUID.randomUUID();
            TestEvents.publishGraphEvent(
                    EventType.CollaborationRecorded.name(),
                    key,
                    TestEvents.collaboration(
                            key, "fixture:berlin-lasers", "CUSTOMER", answered, "SUPPLIER", "CO_DEVELOPMENT", 2024),
                    traceparent);
            // The firm's update in the trace of the graph change; another update of the firm (a running platform's
            // instance, a change of its own) may come first, so the others are passed by, not taken for it.
            String trace = TraceParents.traceId(traceparent);
            published.await(
                    "RecommendationsUpdated of " + firm + " continuing the trace " + trace,
                    r -> r.event().path("type").asText().equals(UPDATED)
                            && r.event().path("subject").asText().equals(firm)
                            && trace.equals(r.traceId()),
                    Duration.ofSeconds(30));
        }
        assertTrue(
                Metrics.awaitAtLeast("knowbridge_events_produced_total", produced, before + 1, Duration.ofSeconds(10))
                        >= before + 1,
                "RecommendationsUpdated counted as produced");
        assertTrue(
                Metrics.awaitAtLeast(
                                "knowbridge_recommendations_freshness_seconds_count",
                                Map.of(),
                                fresh + 1,
                                Duration.ofSeconds(10))
                        >= fresh + 1,
                "from the graph event to the published suggestions timed");
    }

    @Test
    void feedbackOfATracedRequestContinuesItsTraceOnKafka() {
        String firm = knownFirm("org-agency-demo");
        // Feedback is for a partner suggested to the firm: its first suggestion.
        String partner = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/firms/" + firm + "/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .path("recommendations[0].partnerId");
        String traceparent = TraceParents.newTrace();
        try (KafkaProbe published = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .header("traceparent", traceparent)
                    .contentType(ContentType.JSON)
                    .body("{\"verdict\": \"ACCEPTED\"}")
                    .when()
                    .put("/api/v1/firms/" + firm + "/recommendations/feedback/" + partner)
                    .then()
                    .statusCode(200);
            KafkaProbe.Received given = published.await(
                    "RecommendationFeedbackGiven of " + firm,
                    r -> r.event().path("type").asText().equals("org.knowbridge.RecommendationFeedbackGiven")
                            && r.event().path("subject").asText().equals(firm),
                    Duration.ofSeconds(30));
            assertEquals(
                    TraceParents.traceId(traceparent),
                    given.traceId(),
                    "the record's traceparent header continues the caller's trace");
        }
    }
}
