package org.knowbridge.systemtests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.systemtests.RunningPlatform;

/**
 * The OpenAPI-driven fuzzer over the running platform: a bounded, seeded run by default; {@code ./knowbridge
 * fuzz --requests N --seed S} runs a longer one through the same test (system properties
 * {@code knowbridge.fuzz.requests} and {@code knowbridge.fuzz.seed}).
 */
@ExtendWith(RunningPlatform.class)
class FuzzTest {

    private static final int REQUESTS = Integer.getInteger("knowbridge.fuzz.requests", 3000);
    private static final long SEED = Long.getLong("knowbridge.fuzz.seed", 20_260_101L);

    @Test
    void noContractedRequestBreaksAService() throws Exception {
        FuzzRun.Result result = new FuzzRun(REQUESTS, SEED).run();
        System.out.println(FuzzReport.of(result, REQUESTS, SEED));
        assertTrue(
                result.failures().isEmpty(),
                () -> result.failures().size() + " fuzzed requests got a wrong answer (seed " + SEED + "):\n"
                        + FuzzReport.summary(result.failures()));
    }
}
