package org.knowbridge.recommendations.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.recommendations.domain.Ranking;
import org.knowbridge.recommendations.engine.ranking.Reason;
import org.knowbridge.recommendations.engine.ranking.Recommendation;

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
        List<SuggestedPartner> recommendations) {

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

            @Schema(description = "Ranking score; only the order is meaningful")
            double score,

            List<ReasonView> reasons,
            SuggestionLinks links) {}

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

    static RecommendationView of(Ranking ranking) {
        return new RecommendationView(
                ranking.firmId(),
                ranking.organisationKey(),
                ranking.coldStart(),
                ranking.graphVersion(),
                ranking.generatedAt(),
                ranking.recommendations().stream()
                        .map(r -> partner(ranking.firmId(), r))
                        .toList());
    }

    private static SuggestedPartner partner(String firmId, Recommendation r) {
        return new SuggestedPartner(
                r.rank(),
                r.partnerId(),
                r.partnerName(),
                r.country(),
                r.kind().name(),
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
