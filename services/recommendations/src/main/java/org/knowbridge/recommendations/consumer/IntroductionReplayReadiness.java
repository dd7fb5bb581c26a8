package org.knowbridge.recommendations.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready before the introductions are known: otherwise a firm could be suggested a partner it already asked. */
@Readiness
@ApplicationScoped
public class IntroductionReplayReadiness implements HealthCheck {

    private final IntroductionReplay replay;

    public IntroductionReplayReadiness(IntroductionReplay replay) {
        this.replay = replay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("introduction-replay")
                .status(replay.caughtUp())
                .build();
    }
}
