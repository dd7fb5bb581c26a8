package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.domain.PartnerQuery;
import org.knowbridge.recommendations.domain.Ranking;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.ranking.FirmProfile;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.Reason;
import org.knowbridge.recommendations.engine.ranking.Recommendation;
import org.knowbridge.recommendations.repository.FeedbackStore;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.repository.IntroductionLog;
import org.knowbridge.recommendations.repository.RankingCache;

/** Ranks foreign partners for a platform firm, from the cache when nothing that matters changed since. */
@ApplicationScoped
public class RecommendationService {

    private final Projection projection;
    private final FirmDirectory firms;
    private final FeedbackStore feedback;
    private final FirmAccess access;
    private final RankingCache cache;
    private final RecommendationMetrics metrics;
    private final SuggestionRecorder suggestions;
    private final IntroductionLog introductions;

    public RecommendationService(
            Projection projection,
            FirmDirectory firms,
            FeedbackStore feedback,
            FirmAccess access,
            RankingCache cache,
            RecommendationMetrics metrics,
            SuggestionRecorder suggestions,
            IntroductionLog introductions) {
        this.projection = projection;
        this.firms = firms;
        this.feedback = feedback;
        this.access = access;
        this.cache = cache;
        this.metrics = metrics;
        this.suggestions = suggestions;
        this.introductions = introductions;
    }

    public Ranking recommend(String firmId, PartnerQuery query, Caller caller) {
        long start = System.nanoTime();
        access.checkMayRead(firmId, caller);
        Firm firm = firms.find(firmId).orElseThrow(() -> ProblemException.notFound("Firm", firmId));
        Set<String> declined = leftOut(firmId);
        Ranking cached = cache.get(firmId, query.filterKey());
        if (cached != null
                && cached.excluded().equals(declined)
                && !namesAny(cached, hiddenFrom(cached.firmId(), cached.organisationKey()))) {
            metrics.answered(start, true);
            return shown(cached.limitedTo(query.limit()));
        }
        Ranking fresh = rank(firm, query, declined);
        cache.put(firmId, query.filterKey(), fresh);
        metrics.answered(start, false);
        return shown(fresh.limitedTo(query.limit()));
    }

    /**
     * The firm's introductions the caller asked to see: organisations it has an open or answered introduction with,
     * which the ranking leaves out; latest first, each as the graph knows it.
     */
    public List<IntroducedPartner> introduced(String firmId, Caller caller) {
        access.checkMayRead(firmId, caller);
        GraphSnapshot graph = projection.ranker().map(PartnerRanker::graph).orElse(null);
        return introductions.keptOutByRecency(firmId).stream()
                // A firm others may not see stays out of the list too: its key would say it is on the platform.
                .filter(i -> !hiddenFromOthers(i.organisationKey()))
                .map(i -> new IntroducedPartner(
                        i,
                        graph == null
                                ? null
                                : graph.indexOf(i.organisationKey())
                                        .map(graph::organisation)
                                        .orElse(null)))
                .toList();
    }

    /** An organisation the firm was introduced to, and the graph's node of it (null when the graph has none). */
    public record IntroducedPartner(
            org.knowbridge.recommendations.domain.Introduced introduction,
            org.knowbridge.recommendations.engine.model.Organisation organisation) {}

    /** Left out of the firm's suggestions: partners it declined, and those it has an open or answered introduction with. */
    private Set<String> leftOut(String firmId) {
        Set<String> introduced = introductions.keptOutKeys(firmId);
        Set<String> declined = feedback.declinedBy(firmId);
        if (introduced.isEmpty()) {
            return declined;
        }
        Set<String> both = new HashSet<>(declined);
        both.addAll(introduced);
        return both;
    }

    private Ranking shown(Ranking ranking) {
        suggestions.shown(ranking);
        return ranking;
    }

    /**
     * Whether the partner is among the firm's current unfiltered suggestions (up to the maximum a list shows),
     * without recording it as shown; for a firm the caller was checked to act for.
     */
    boolean isSuggestedNow(Firm firm, String partnerKey) {
        PartnerQuery top = PartnerQuery.top(PartnerQuery.MAX_LIMIT);
        Set<String> declined = leftOut(firm.firmId());
        Ranking cached = cache.get(firm.firmId(), top.filterKey());
        Ranking current = cached != null && cached.excluded().equals(declined) ? cached : rank(firm, top, declined);
        return current.recommendations().stream().anyMatch(r -> r.partnerId().equals(partnerKey));
    }

    /**
     * Ranks the firm's unfiltered top list on the current snapshot and makes it the only cached one; its first
     * {@code published} partners are recorded as suggested (the caller publishes them; 0 when another replica
     * does, whose event records them).
     */
    public Ranking refresh(String firmId, int published) {
        Firm firm = firms.find(firmId).orElseThrow(() -> ProblemException.notFound("Firm", firmId));
        PartnerQuery top = PartnerQuery.top(PartnerQuery.MAX_LIMIT);
        Ranking fresh = rank(firm, top, leftOut(firmId));
        cache.replace(firmId, top.filterKey(), fresh);
        suggestions.published(fresh.limitedTo(published));
        return fresh;
    }

    private Ranking rank(Firm firm, PartnerQuery query, Set<String> declined) {
        Projection.Ranked ranked = projection
                .ranked()
                .orElseThrow(
                        () -> new ProblemException(
                                ProblemType.UNAVAILABLE,
                                "Suggestions are being prepared: the collaboration graph is still loading, please retry shortly"));
        PartnerRanker ranker = ranked.ranker();
        GraphSnapshot graph = ranker.graph();
        // Ranked from the firm's one node: the register's node once a verified link made it the firm.
        String node = nodeOf(firm.firmId());
        Predicate<String> hidden = hiddenFrom(firm.firmId(), node);
        Set<String> excluded = new HashSet<>(declined);
        excluded.add(firm.firmId());
        excluded.add(node);
        firm.external().ifPresent(excluded::add);
        RankingRequest request = RankingRequest.forFirm(node, PartnerQuery.MAX_LIMIT)
                .withProfile(profileOf(firm))
                .excluding(excluded)
                .hiding(hidden)
                .onlyIn(query.countries())
                .onlyOfKinds(query.kinds())
                .throughChannels(query.channels())
                .onlyOfTypes(query.types())
                .onlySme(query.sme());
        boolean coldStart = graph.indexOf(node).map(graph::degree).orElse(0) == 0;
        return new Ranking(
                firm.firmId(),
                node,
                coldStart,
                ranked.graphVersion(),
                OffsetDateTime.now(ZoneOffset.UTC),
                withoutReasonsNaming(ranker.rank(request), hidden),
                declined);
    }

    /** The graph node holding the firm's collaborations: the register node a verified link made it, else its own. */
    public String nodeOf(String firmId) {
        return projection.linkedNode(firmId).orElse(firmId);
    }

    /** Whether the node is a firm other firms may not be shown (not published and listed, or erased). */
    private boolean hiddenFromOthers(String node) {
        return firms.hiddenFromOthers(node, projection::firmLinkedAt);
    }

    /** The nodes a firm may not be shown: hidden firms, but not the firm itself (its id and its graph node). */
    private Predicate<String> hiddenFrom(String firmId, String node) {
        return key -> !key.equals(firmId) && !key.equals(node) && hiddenFromOthers(key);
    }

    /**
     * A reason that names a firm others may not see (a partner of the firm that is not published and listed) is
     * left out: the suggestion stands on its other reasons.
     */
    private static List<Recommendation> withoutReasonsNaming(List<Recommendation> ranked, Predicate<String> hidden) {
        return ranked.stream()
                .map(r -> r.withReasons(r.reasons().stream()
                        .filter(reason -> !names(reason, hidden))
                        .toList()))
                .toList();
    }

    /** True when a cached ranking suggests or names a firm that has been hidden since it was ranked. */
    private static boolean namesAny(Ranking ranking, Predicate<String> hidden) {
        return ranking.recommendations().stream()
                .anyMatch(r ->
                        hidden.test(r.partnerId()) || r.reasons().stream().anyMatch(reason -> names(reason, hidden)));
    }

    private static boolean names(Reason reason, Predicate<String> hidden) {
        return reason.entities().stream().anyMatch(e -> e.kind().equals("organisation") && hidden.test(e.id()));
    }

    private static FirmProfile profileOf(Firm firm) {
        return new FirmProfile(
                firm.country(),
                firm.sector(),
                firm.sme(),
                Set.copyOf(firm.knowledgeAreasSought()),
                Set.copyOf(firm.targetCountries()),
                firm.preferredKinds(),
                firm.preferredChannels());
    }
}
