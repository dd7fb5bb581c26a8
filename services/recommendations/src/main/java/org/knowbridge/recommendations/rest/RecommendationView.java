package org.knowbridge.recommendations.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.recommendations.domain.Ranking;
import org.knowbridge.recommendations.engine.ranking.Reason;
import org.knowbridge.recommendations.engine.ranking.Recommendation;
import org.knowbridge.recommendations.service.RecommendationService;

/** A firm's suggested foreign partners, best first, each with its reasons in words and as data. */
@Schema(name = "Recommendations")
public record RecommendationView(
        String firmId,

        @Schema(
                description =
                        "The graph organisation ranked for: the firm's imported node (e.g. cordis:999908587) or its own id")
        String organisationKey,

        @Schema(description = "True when the firm has no collaborations yet and its profile alone decided")
        boolean coldStart,

        @Schema(description = GRAPH_VERSION) long graphVersion,

        OffsetDateTime generatedAt,
        List<SuggestedPartner> recommendations,

        @Schema(
                description = "Only with include=introduced (else empty): the organisations the firm has an open or "
                        + "answered introduction with, which are no longer suggested to it, latest first")
        List<IntroducedPartner> introduced) {

    /** What a graph version means, wherever the API shows one. */
    static final String GRAPH_VERSION = "Version of the collaboration graph ranked on; higher is newer, also across "
            + "reloads and restarts of the service: the microseconds since the epoch when the graph was last loaded "
            + "(always above any version before), plus one per change applied since";

    @Schema(name = "SuggestedPartner")
    public record SuggestedPartner(
            int rank,

            @Schema(description = "The partner's key in partner-graph")
            String partnerId,

            String name,
            @Schema(description = "ISO 3166-1 alpha-2") String country,

            @Schema(
                    enumeration = {
                        "SUPPLIER",
                        "CUSTOMER",
                        "AFFILIATE",
                        "COMPETITOR",
                        "UNIVERSITY",
                        "RESEARCH_ORGANISATION",
                        "PUBLIC_BODY",
                        "CONSULTANCY",
                        "OTHER"
                    })
            String kind,

            @Schema(
                    description = "What the partner is",
                    enumeration = {
                        "COMPANY",
                        "UNIVERSITY",
                        "RESEARCH_ORGANISATION",
                        "PUBLIC_BODY",
                        "CONSULTANCY",
                        "OTHER"
                    })
            String type,

            @Schema(description = "Whether the partner is an SME")
            boolean sme,

            @Schema(description = "Ranking score; only the order is meaningful")
            double score,

            List<ReasonView> reasons,
            SuggestionLinks links) {}

    /** An organisation left out of the suggestions because the firm asked to be introduced to it. */
    @Schema(name = "IntroducedPartner")
    public record IntroducedPartner(
            @Schema(description = "The organisation's key in partner-graph")
            String partnerId,

            @Schema(description = "Null when the graph does not hold it (yet)")
            String name,

            @Schema(description = "ISO 3166-1 alpha-2; null when not known")
            String country,

            @Schema(description = "Always true: marks the entry as introduced rather than suggested")
            boolean introduced,

            String introductionId,

            @Schema(
                    description = "The introduction's state: REQUESTED (open), or answered: ACCEPTED, DECLINED, "
                            + "MEETING_HELD, AGREEMENT_SIGNED",
                    enumeration = {"REQUESTED", "ACCEPTED", "DECLINED", "MEETING_HELD", "AGREEMENT_SIGNED"})
            String introductionState,

            OffsetDateTime changedAt) {}

    @Schema(name = "SuggestionLinks")
    public record SuggestionLinks(
            @Schema(description = "What the partner works on: its detail")
            Link detail) {}

    @Schema(name = "SuggestionReason")
    public record ReasonView(
            @Schema(
                    enumeration = {
                        "SHARED_PARTNERS",
                        "PEER_FIRMS",
                        "KNOWLEDGE_FIT",
                        "ACTIVITY",
                        "CALL_LINES",
                        "STRENGTH",
                        "COUNTRY_AFFINITY",
                        "TARGET_COUNTRY",
                        "PREFERRED_KIND",
                        "COLD_START"
                    })
            String type,

            @Schema(description = "The reason in words, e.g. \"worked with 3 of your partners (A, B, C)\"")
            String text,

            @Schema(description = "The figures the sentence quotes, by name")
            Map<String, Number> figures,

            @Schema(description = "Organisations, countries, areas, call lines, kinds or sectors it names")
            List<Entity> entities) {}

    @Schema(name = "SuggestionReasonEntity")
    public record Entity(
            @Schema(enumeration = {"organisation", "country", "knowledgeArea", "callLine", "kind", "sector"})
            String kind,

            @Schema(description = "Its key: an organisation's key, a country code, an area's path, a NACE division")
            String id,

            @Schema(description = "Its name for people: a country's or an area's name, not its code or path")
            String name) {}

    static RecommendationView of(Ranking ranking, List<RecommendationService.IntroducedPartner> introduced) {
        return new RecommendationView(
                ranking.firmId(),
                ranking.organisationKey(),
                ranking.coldStart(),
                ranking.graphVersion(),
                ranking.generatedAt(),
                ranking.recommendations().stream()
                        .map(r -> partner(ranking.firmId(), r))
                        .toList(),
                introduced.stream().map(RecommendationView::introduced).toList());
    }

    private static IntroducedPartner introduced(RecommendationService.IntroducedPartner partner) {
        var node = partner.organisation();
        return new IntroducedPartner(
                partner.introduction().organisationKey(),
                node == null || node.name().isEmpty() ? null : node.name(),
                node == null || node.country().isEmpty() ? null : node.country(),
                true,
                partner.introduction().introductionId(),
                partner.introduction().state(),
                partner.introduction().changedAt());
    }

    private static SuggestedPartner partner(String firmId, Recommendation r) {
        return new SuggestedPartner(
                r.rank(),
                r.partnerId(),
                r.partnerName(),
                r.country(),
                r.kind().name(),
                r.type().name(),
                r.sme(),
                r.score(),
                r.reasons().stream().map(RecommendationView::reason).toList(),
                new SuggestionLinks(Link.to(Link.detailOf(firmId, r.partnerId()))));
    }

    private static ReasonView reason(Reason reason) {
        return new ReasonView(
                reason.type().name(),
                reason.sentence(),
                reason.figures(),
                reason.entities().stream()
                        .map(e -> new Entity(e.kind(), e.id(), e.name()))
                        .toList());
    }
}
