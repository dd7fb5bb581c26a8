package org.knowbridge.portal.domain;

import java.util.List;

/** The introductions service's matchmaking indicators (IntroductionIndicators), as the agency's page shows them. */
public record Matchmaking(Figures total, List<ByCountry> byCountry) {

    public Matchmaking {
        byCountry = byCountry == null ? List.of() : List.copyOf(byCountry);
    }

    /** Requests sent and what became of them. Rates and medians are null when nothing was answered. */
    public record Figures(
            long requestsSent,
            long open,
            long answered,
            long accepted,
            long declined,
            Double acceptanceRate,
            Double medianHoursToAnswer,
            long agreementsSigned) {}

    /** @param country null for organisations whose country is not known here */
    public record ByCountry(String country, Figures figures) {}
}
