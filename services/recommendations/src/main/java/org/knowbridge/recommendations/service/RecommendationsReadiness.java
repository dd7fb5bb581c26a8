package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.knowbridge.recommendations.event.FirmEventReader;

/** Not ready until the graph is loaded and every firm is known: before that, suggestions would be missing or wrong. */
@Readiness
@ApplicationScoped
public class RecommendationsReadiness implements HealthCheck {

    private final Projection projection;
    private final FirmEventReader firms;

    public RecommendationsReadiness(Projection projection, FirmEventReader firms) {
        this.projection = projection;
        this.firms = firms;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("recommendations")
                .withData("graphLoaded", projection.ranker().isPresent())
                .withData("firmsCaughtUp", firms.caughtUp())
                .status(projection.ranker().isPresent() && firms.caughtUp())
                .build();
    }
}
