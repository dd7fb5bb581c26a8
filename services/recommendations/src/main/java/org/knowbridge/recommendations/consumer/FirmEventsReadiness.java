package org.knowbridge.recommendations.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready before every firm is known: otherwise a firm's suggestions would be missing or ranked on an old profile. */
@Readiness
@ApplicationScoped
public class FirmEventsReadiness implements HealthCheck {

    private final FirmEventReader firms;

    public FirmEventsReadiness(FirmEventReader firms) {
        this.firms = firms;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("firm-events")
                .withData("firmsCaughtUp", firms.caughtUp())
                .status(firms.caughtUp())
                .build();
    }
}
