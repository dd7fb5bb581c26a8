package org.knowbridge.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource for every service's {@code @QuarkusTest}s: makes sure the real stack runs. It
 * never stops it: the stack is shared by all test classes and modules of one run, and whoever started it
 * ({@code ./knowbridge test}, or a developer) stops it.
 */
public class RealStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RealStack.ensureRunning();
        // A Keycloak started before the realm file changed has not imported the change: bring it in line.
        KeycloakRealm.syncWithRealmFile();
        return Map.of();
    }

    @Override
    public void stop() {
        // Shared across test classes and modules: left running on purpose.
    }
}
