package org.knowbridge.recommendations.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.IntroductionLog;
import org.knowbridge.recommendations.service.IntroductionRecorder;

/** Which organisations a firm was introduced to outlives the instance: a new one rebuilds it from the topic. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IntroductionReplayTest {

    @Inject
    KafkaClients kafka;

    @Inject
    IntroductionLog live;

    @Test
    void aFreshInstanceKnowsEveryIntroductionPublishedBefore() throws InterruptedException {
        String firm = UUID.randomUUID().toString();
        String open = "test:" + UUID.randomUUID();
        String accepted = "test:" + UUID.randomUUID();
        String expired = "test:" + UUID.randomUUID();
        String erased = "test:" + UUID.randomUUID();
        TestEvents.publishIntroduction(UUID.randomUUID().toString(), firm, open, "REQUESTED");
        String acceptedId = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(acceptedId, firm, accepted, "REQUESTED");
        TestEvents.publishIntroduction(acceptedId, firm, accepted, "ACCEPTED");
        String expiredId = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(expiredId, firm, expired, "REQUESTED");
        TestEvents.publishIntroduction(expiredId, firm, expired, "EXPIRED");
        String erasedId = UUID.randomUUID().toString();
        TestEvents.publishIntroduction(erasedId, firm, erased, "REQUESTED");
        TestEvents.publishIntroduction(erasedId, firm, erased, null);
        // The running instance follows the topic as it grows.
        TestEvents.eventually(
                () -> live.keptOutKeys(firm).equals(Set.of(open, accepted)),
                Duration.ofSeconds(30),
                "the running instance learnt the introductions");

        // What a restarted instance has: an empty log and the topic.
        IntroductionLog rebuilt = new IntroductionLog();
        IntroductionReplay replay = new IntroductionReplay(kafka, new IntroductionRecorder(rebuilt));
        replay.onStart(null);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!replay.caughtUp() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(replay.caughtUp(), "the replay reached the end of the topic");
            assertEquals(
                    Set.of(open, accepted),
                    rebuilt.keptOutKeys(firm),
                    "open and answered introductions keep partners out; expired and erased ones do not");
            assertEquals("ACCEPTED", rebuilt.keptOut(firm).get(accepted).state(), "the latest state wins");
        } finally {
            replay.onStop(null);
        }
    }
}
