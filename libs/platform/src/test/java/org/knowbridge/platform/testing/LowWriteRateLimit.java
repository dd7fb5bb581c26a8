package org.knowbridge.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Two writes per caller, then one a minute: low enough for a test to reach the limit in three requests. */
public class LowWriteRateLimit implements QuarkusTestProfile {

    public static final int BURST = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("knowbridge.rate-limit.burst", Integer.toString(BURST), "knowbridge.rate-limit.per-minute", "1");
    }
}
