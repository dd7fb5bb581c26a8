package org.knowbridge.introductions.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.introductions.domain.MatchmakingFigures;
import org.knowbridge.introductions.service.IndicatorService;

/** The matchmaking figures of an agency's firms (or of all firms, for an admin), in total and by partner. */
@Schema(name = "IntroductionIndicators")
public record IndicatorView(
        @Schema(description = "The agency (org_id) whose firms' requests are counted; null when all are (admin)")
        String agency,

        OffsetDateTime generatedAt,
        Figures total,

        @Schema(description = "By the country of the organisation asked, most requests first")
        List<CountryFigures> byCountry,

        @Schema(description = "By the type of the organisation asked, most requests first")
        List<PartnerTypeFigures> byPartnerType) {

    @Schema(name = "MatchmakingFigures")
    public record Figures(
            @Schema(description = "Every request sent, whatever became of it")
            long requestsSent,

            @Schema(description = "Waiting for an answer") long open,
            @Schema(description = "Accepted or declined") long answered,

            @Schema(description = "Accepted, with or without an outcome since")
            long accepted,

            long declined,

            @Schema(description = "accepted / answered, 0 to 1; null when none was answered")
            Double acceptanceRate,

            @Schema(description = "Median hours from request to answer, of those answered; null when none was")
            Double medianHoursToAnswer,

            long agreementsSigned) {

        static Figures of(MatchmakingFigures figures) {
            return new Figures(
                    figures.requestsSent(),
                    figures.open(),
                    figures.answered(),
                    figures.accepted(),
                    figures.declined(),
                    figures.acceptanceRate(),
                    figures.medianSecondsToAnswer() == null
                            ? null
                            : Math.round(figures.medianSecondsToAnswer() / 360.0) / 10.0,
                    figures.agreementsSigned());
        }
    }

    @Schema(name = "CountryMatchmakingFigures")
    public record CountryFigures(
            @Schema(
                    description = "ISO 3166-1 alpha-2; null for organisations whose country is not known here "
                            + "(e.g. asked through a broker)")
            String country,

            Figures figures) {}

    @Schema(name = "PartnerTypeMatchmakingFigures")
    public record PartnerTypeFigures(
            @Schema(
                    description = "COMPANY, UNIVERSITY, RESEARCH_ORGANISATION, PUBLIC_BODY, CONSULTANCY or OTHER; null "
                            + "when not known here")
            String partnerType,

            Figures figures) {}

    static IndicatorView of(IndicatorService.Scoped scoped) {
        return new IndicatorView(
                scoped.agency(),
                OffsetDateTime.now(ZoneOffset.UTC),
                Figures.of(scoped.figures().total()),
                sorted(scoped.figures().byCountry()).stream()
                        .map(e -> new CountryFigures(e.getKey(), Figures.of(e.getValue())))
                        .toList(),
                sorted(scoped.figures().byType()).stream()
                        .map(e -> new PartnerTypeFigures(e.getKey(), Figures.of(e.getValue())))
                        .toList());
    }

    private static List<Map.Entry<String, MatchmakingFigures>> sorted(Map<String, MatchmakingFigures> groups) {
        return groups.entrySet().stream()
                .sorted(Map.Entry.<String, MatchmakingFigures>comparingByValue(
                                (a, b) -> Long.compare(b.requestsSent(), a.requestsSent()))
                        .thenComparing(e -> e.getKey() == null ? "~" : e.getKey()))
                .toList();
    }
}
