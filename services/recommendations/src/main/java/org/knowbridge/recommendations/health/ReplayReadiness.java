package org.knowbridge.recommendations.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.recommendations.service.TopicReplay;

/** Not ready before each topic the service replays at start-up has been read up to where it stood then. */
@ApplicationScoped
public class ReplayReadiness {

    private final Instance<TopicReplay> replays;

    public ReplayReadiness(Instance<TopicReplay> replays) {
        this.replays = replays;
    }

    /** Every firm known: otherwise a firm's suggestions would be missing or ranked on an old profile. */
    @Produces
    @Readiness
    HealthCheck firmEvents() {
        return () -> {
            boolean caughtUp = caughtUp(Topic.FIRMS);
            return HealthCheckResponse.named("firm-events")
                    .withData("firmsCaughtUp", caughtUp)
                    .status(caughtUp)
                    .build();
        };
    }

    /** The feedback known: otherwise a declined partner could be suggested again. */
    @Produces
    @Readiness
    HealthCheck feedbackReplay() {
        return () -> HealthCheckResponse.named("feedback-replay")
                .status(caughtUp(Topic.RECOMMENDATIONS))
                .build();
    }

    /** The introductions known: otherwise a firm could be suggested a partner it already asked. */
    @Produces
    @Readiness
    HealthCheck introductionReplay() {
        return () -> HealthCheckResponse.named("introduction-replay")
                .status(caughtUp(Topic.INTRODUCTIONS))
                .build();
    }

    private boolean caughtUp(Topic topic) {
        return replays.stream()
                .filter(replay -> replay.topic() == topic)
                .findFirst()
                .map(TopicReplay::caughtUp)
                .orElse(false);
    }
}
