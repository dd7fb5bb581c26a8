package org.knowbridge.recommendations.consumer;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready before the feedback is known: otherwise a declined partner could be suggested again. */
@Readiness
@jakarta.enterprise.context.ApplicationScoped
public class FeedbackReplayReadiness implements HealthCheck {

    private final FeedbackReplay replay;

    public FeedbackReplayReadiness(FeedbackReplay replay) {
        this.replay = replay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("feedback-replay")
                .status(replay.caughtUp())
                .build();
    }
}
