package org.knowbridge.recommendations.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.knowbridge.recommendations.service.Projection;

/**
 * Not ready until the graph is loaded: before that, there is nothing to rank on. (That every firm is known
 * is {@link ReplayReadiness}'s check.)
 */
@Readiness
@ApplicationScoped
public class RecommendationsReadiness implements HealthCheck {

    private final Projection projection;

    public RecommendationsReadiness(Projection projection) {
        this.projection = projection;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("recommendations")
                .withData("graphLoaded", projection.ranker().isPresent())
                .status(projection.ranker().isPresent())
                .build();
    }
}
