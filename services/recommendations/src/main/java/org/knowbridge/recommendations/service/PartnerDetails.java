package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.contracts.vocabulary.KnowledgeAreas;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.domain.PartnerDetail;
import org.knowbridge.recommendations.domain.ShortlistEntry;
import org.knowbridge.recommendations.domain.Verdict;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.repository.FeedbackStore;
import org.knowbridge.recommendations.repository.FirmDirectory;

/**
 * What a firm may read about the partners it was suggested: each one's detail, and its shortlist (the partners it
 * accepted). Readers are those of the firm's suggestions ({@link FirmAccess}); a partner never suggested to the
 * firm, declined since, or a firm that may not be shown to others is not found, so keys cannot be probed.
 */
@ApplicationScoped
public class PartnerDetails {

    static final int AREAS = 5;
    static final int RECENT_PROJECTS = 5;

    private final Projection projection;
    private final FirmDirectory firms;
    private final FeedbackStore feedback;
    private final FirmAccess access;
    private final SuggestionRecorder suggestions;

    public PartnerDetails(
            Projection projection,
            FirmDirectory firms,
            FeedbackStore feedback,
            FirmAccess access,
            SuggestionRecorder suggestions) {
        this.projection = projection;
        this.firms = firms;
        this.feedback = feedback;
        this.access = access;
        this.suggestions = suggestions;
    }

    public PartnerDetail detail(String firmId, String partnerKey, Caller caller) {
        access.checkMayRead(firmId, caller);
        Firm firm = firms.find(firmId).orElseThrow(() -> ProblemException.notFound("Firm", firmId));
        Verdict verdict = latestWord(firmId, partnerKey);
        if (!suggestions.wasSuggested(firmId, partnerKey) || verdict == Verdict.DECLINED || hidden(firm, partnerKey)) {
            throw notSuggested(partnerKey);
        }
        GraphSnapshot graph = graph();
        int node = graph.index(partnerKey);
        if (node < 0) {
            throw notSuggested(partnerKey);
        }
        Organisation o = graph.organisation(node);
        List<Collaboration> own = new ArrayList<>();
        for (int c : graph.collaborationsOf(node)) {
            own.add(graph.collaborations().get(c));
        }
        return new PartnerDetail(
                firmId,
                partnerKey,
                o.displayName(),
                o.country(),
                o.kind(),
                o.sme(),
                graph.degree(node),
                own.size(),
                areas(o, own),
                recent(own),
                partnerCountries(graph, node),
                verdict);
    }

    /** The partners the firm accepted, latest first; a firm that may not be shown to others is left out. */
    public List<ShortlistEntry> shortlist(String firmId, Caller caller) {
        access.checkMayRead(firmId, caller);
        Firm firm = firms.find(firmId).orElseThrow(() -> ProblemException.notFound("Firm", firmId));
        GraphSnapshot graph = graph();
        return feedback.of(firmId).stream()
                .filter(f -> f.verdict() == Verdict.ACCEPTED && !hidden(firm, f.partnerId()))
                .map(f -> {
                    Organisation o = graph.indexOf(f.partnerId())
                            .map(graph::organisation)
                            .orElse(null);
                    return new ShortlistEntry(
                            f.partnerId(),
                            o == null ? null : o.displayName(),
                            o == null ? null : o.country(),
                            o == null ? null : o.kind(),
                            f.givenAt(),
                            f.givenBy(),
                            f.comment());
                })
                .toList();
    }

    private Verdict latestWord(String firmId, String partnerKey) {
        return feedback.of(firmId).stream()
                .filter(f -> f.partnerId().equals(partnerKey))
                .map(Feedback::verdict)
                .findFirst()
                .orElse(null);
    }

    private boolean hidden(Firm firm, String partnerKey) {
        return firms.hiddenFromOthers(partnerKey, projection::firmLinkedAt)
                && !partnerKey.equals(firm.firmId())
                && !firm.external().filter(partnerKey::equals).isPresent();
    }

    private GraphSnapshot graph() {
        return projection
                .ranker()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAVAILABLE, "The collaboration graph is still loading, please retry shortly"))
                .graph();
    }

    private static ProblemException notSuggested(String partnerKey) {
        return ProblemException.notFound("Suggested partner", partnerKey);
    }

    /** Areas by label (two paths ending alike read the same), counted once per collaboration; declared ones count once. */
    private static List<PartnerDetail.Area> areas(Organisation o, List<Collaboration> own) {
        Map<String, Integer> byLabel = new HashMap<>();
        Map<String, String> pathOf = new HashMap<>();
        for (Collaboration c : own) {
            for (String area : c.knowledgeAreas()) {
                count(area, 1, byLabel, pathOf);
            }
        }
        for (String area : o.knowledgeAreas()) {
            count(area, 0, byLabel, pathOf);
        }
        return byLabel.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(AREAS)
                .map(e -> new PartnerDetail.Area(e.getKey(), pathOf.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static void count(
            String area, int collaborations, Map<String, Integer> byLabel, Map<String, String> pathOf) {
        String label = KnowledgeAreas.label(area);
        if (!label.isEmpty()) {
            byLabel.merge(label, collaborations, Integer::sum);
            pathOf.putIfAbsent(label, area);
        }
    }

    private List<PartnerDetail.Project> recent(List<Collaboration> own) {
        return own.stream()
                .sorted(Comparator.comparingInt(Collaboration::lastActiveYear)
                        .reversed()
                        .thenComparing(Collaboration::year, Comparator.reverseOrder())
                        .thenComparing(Collaboration::id))
                .limit(RECENT_PROJECTS)
                .map(c -> new PartnerDetail.Project(
                        c.id(),
                        projection.projectTitle(c.id()).orElse(null),
                        c.year(),
                        c.programme().isEmpty() ? null : c.programme(),
                        c.participants().size()))
                .toList();
    }

    private static List<PartnerDetail.PartnerCountry> partnerCountries(GraphSnapshot graph, int node) {
        Map<String, Integer> partners = new HashMap<>();
        for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++) {
            String country = graph.organisation(graph.neighbour(e)).country();
            if (!country.isEmpty()) {
                partners.merge(country, 1, Integer::sum);
            }
        }
        return partners.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new PartnerDetail.PartnerCountry(e.getKey(), e.getValue()))
                .toList();
    }
}
