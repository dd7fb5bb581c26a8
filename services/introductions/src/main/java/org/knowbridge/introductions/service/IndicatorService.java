package org.knowbridge.introductions.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.introductions.domain.MatchmakingIndicators;
import org.knowbridge.introductions.repository.IndicatorRepository;

/** The matchmaking figures an agency reports: of the requests its firms sent; an admin's of all requests. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final IntroductionAccess access;

    public IndicatorService(IndicatorRepository indicators, IntroductionAccess access) {
        this.indicators = indicators;
        this.access = access;
    }

    /** The figures, and the agency they are scoped to (null for all). */
    public record Scoped(String agency, MatchmakingIndicators figures) {}

    public Uni<Scoped> figures() {
        String scope = access.indicatorAgency();
        return indicators.figures(scope).map(figures -> new Scoped(scope, figures));
    }
}
