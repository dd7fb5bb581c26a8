package org.knowbridge.systemtests.chaos;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.systemtests.RunningPlatform;
import org.knowbridge.systemtests.chaos.ChaosRun.Result;
import org.knowbridge.systemtests.chaos.Reconciliation.Outcome;

/**
 * Crash safety: each service, Kafka, Neo4j, PostgreSQL and Keycloak killed with SIGKILL under a write load, and
 * nothing acknowledged lost or applied twice. By default one short round (each component once); {@code
 * ./knowbridge chaos --duration S --seed N} runs rounds for S seconds through the same test (system properties
 * {@code knowbridge.chaos.duration} and {@code knowbridge.chaos.seed}).
 */
@ExtendWith(RunningPlatform.class)
class ChaosTest {

    private static final long SEED = Long.getLong("knowbridge.chaos.seed", 20_261_205L);
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("knowbridge.chaos.duration", 0));

    @Test
    void noAcknowledgedWriteIsLostOrAppliedTwiceWhenAnyPartIsKilled() {
        Result result =
                new ChaosRun(new ChaosRun.Settings(SEED, DURATION, Duration.ofSeconds(1), Duration.ofSeconds(4))).run();
        System.out.println(ChaosReport.of(result));
        assertAll(
                () -> assertTrue(
                        result.outcomes().stream().anyMatch(o -> o.write().acknowledged()),
                        "no write of the load was acknowledged at all"),
                () -> assertTrue(
                        result.outcomes().stream().noneMatch(Outcome::lost),
                        "acknowledged writes were lost (see the report above)"),
                () -> assertTrue(
                        result.outcomes().stream().noneMatch(Outcome::duplicated),
                        "writes were applied twice (see the report above)"),
                () -> assertTrue(
                        result.imports().stream().allMatch(ImportJob::succeeded),
                        "an import did not succeed, neither at first nor when run again (see the report above)"));
    }
}
