package org.knowbridge.systemtests.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.systemtests.RunningPlatform;

/**
 * Load held: the chaos run's write load, without kills, beside readers of every service, for a bounded time; prints
 * requests, errors and latency per endpoint and each service's memory at start and end, and fails on any error.
 * Runs only when given a duration ({@code ./knowbridge soak --duration S}, system property
 * {@code knowbridge.soak.duration}): the test command keeps to the chaos run's short round.
 */
@ExtendWith(RunningPlatform.class)
@EnabledIfSystemProperty(named = "knowbridge.soak.duration", matches = "[0-9]+")
class SoakTest {

    private static final int READERS = 2;

    @Test
    void everyRequestIsAnsweredWithoutErrorForTheWholeDuration() {
        SoakRun.Result result =
                new SoakRun(Duration.ofSeconds(Long.getLong("knowbridge.soak.duration")), READERS).run();
        System.out.println(SoakReport.of(result));
        assertEquals(0, result.errors(), "requests of the soak got an error (see the report above)");
    }
}
