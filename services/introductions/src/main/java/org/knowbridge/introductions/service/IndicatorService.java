package org.knowbridge.introductions.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.introductions.domain.MatchmakingIndicators;
import org.knowbridge.introductions.repository.IndicatorRepository;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/** The matchmaking figures an agency reports: of the requests its firms sent; an admin's of all requests. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final Caller caller;

    public IndicatorService(IndicatorRepository indicators, Caller caller) {
        this.indicators = indicators;
        this.caller = caller;
    }

    /** The figures, and the agency they are scoped to (null for all). */
    public record Scoped(String agency, MatchmakingIndicators figures) {}

    public Uni<Scoped> figures() {
        String agency = null;
        if (!caller.isAdmin()) {
            if (!caller.hasRole(Roles.AGENCY)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Indicators are for agencies and admins");
            }
            agency = caller.orgId()
                    .orElseThrow(() -> new ProblemException(
                            ProblemType.FORBIDDEN, "Your account is not linked to an agency (no org_id claim)"));
        }
        String scope = agency;
        return indicators.figures(scope).map(figures -> new Scoped(scope, figures));
    }
}
