package org.knowbridge.recommendations.engine.ranking;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.ranking.Reason.NamedEntity;
import org.knowbridge.recommendations.engine.signals.PeerEvidence.Peers;

/**
 * Turns a scored candidate into reasons: one per kind of evidence that exists for it, ordered by how much
 * that evidence raised its score, after the reasons that come from the firm's own stated preferences.
 */
final class ReasonWriter {

    /** At most this many evidence reasons per suggestion, besides preferences and cold start. */
    static final int MAX_EVIDENCE_REASONS = 3;

    private static final int MAX_NAMED = 3;

    private final Query query;
    private final GraphSnapshot graph;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    ReasonWriter(Query query) {
        this.query = query;
        this.graph = query.signals().graph();
    }

    /**
     * @param features      the candidate's raw features
     * @param contributions per feature, how much it moved the score (raw and pool-relative columns summed)
     */
    List<Reason> reasons(int candidate, double[] features, double[] contributions) {
        Seeker seeker = query.seeker();
        Organisation o = graph.organisation(candidate);
        List<Reason> out = new ArrayList<>();
        if (!query.hasHistory()) {
            out.add(new Reason(
                    ReasonType.COLD_START,
                    "you have no recorded collaborations yet, so this comes from your profile: what you seek, "
                            + "where you look and how strong the partner is",
                    Map.of(),
                    List.of()));
        }
        if (seeker.targetCountries().contains(graph.countryOf(candidate))) {
            out.add(new Reason(
                    ReasonType.TARGET_COUNTRY,
                    "in " + CountryNames.of(o.country()) + ", one of your target countries",
                    Map.of(),
                    List.of(NamedEntity.of("country", o.country()))));
        }
        if (seeker.preferredKinds().contains(o.kind())) {
            out.add(new Reason(
                    ReasonType.PREFERRED_KIND,
                    "a " + o.kind().label() + ", a kind of partner you prefer",
                    Map.of(),
                    List.of(NamedEntity.of("kind", o.kind().name()))));
        }
        Map<ReasonType, Double> weight = new EnumMap<>(ReasonType.class);
        for (Feature f : Feature.values()) {
            weight.merge(f.reason(), contributions[f.ordinal()], Double::sum);
        }
        List<Reason> evidence = new ArrayList<>();
        for (ReasonType type : weight.keySet()) {
            Reason r = evidence(type, candidate, features);
            if (r != null) {
                evidence.add(r);
            }
        }
        evidence.sort(Comparator.comparingDouble((Reason r) -> -weight.get(r.type())));
        out.addAll(evidence.subList(0, Math.min(MAX_EVIDENCE_REASONS, evidence.size())));
        return out;
    }

    private Reason evidence(ReasonType type, int candidate, double[] f) {
        return switch (type) {
            case SHARED_PARTNERS -> sharedPartners(candidate);
            case PEER_FIRMS -> peerFirms(candidate);
            case KNOWLEDGE_FIT -> knowledgeFit(candidate, f);
            case CALL_LINES -> callLines(candidate, f);
            case STRENGTH -> strength(candidate);
            case COUNTRY_AFFINITY -> countryAffinity(candidate, f);
            default -> null;
        };
    }

    private Reason sharedPartners(int candidate) {
        int firm = query.seeker().node();
        if (!query.hasHistory()) {
            return null;
        }
        List<int[]> shared = new ArrayList<>();
        for (int e = graph.firstEdge(firm); e < graph.endEdge(firm); e++) {
            int u = graph.neighbour(e);
            if (graph.areNeighbours(u, candidate)) {
                shared.add(new int[] {u, graph.sharedCollaborations(e)});
            }
        }
        if (shared.isEmpty()) {
            return null;
        }
        // the partners the firm worked with most, then the best connected
        shared.sort(Comparator.comparingInt((int[] s) -> -s[1]).thenComparingInt(s -> -graph.degree(s[0])));
        List<NamedEntity> named = shared.stream()
                .limit(MAX_NAMED)
                .map(s -> NamedEntity.organisation(
                        graph.id(s[0]), graph.organisation(s[0]).displayName()))
                .toList();
        String names = String.join(", ", named.stream().map(NamedEntity::name).toList());
        String sentence = shared.size() == 1
                ? "worked with one of your partners (" + names + ")"
                : "worked with " + shared.size() + " of your partners (" + names
                        + (shared.size() > MAX_NAMED ? ", ..." : "") + ")";
        return new Reason(ReasonType.SHARED_PARTNERS, sentence, Map.of("count", shared.size()), named);
    }

    private Reason peerFirms(int candidate) {
        Seeker seeker = query.seeker();
        if (seeker.country() < 0) {
            return null;
        }
        Peers p = query.signals().peers().of(candidate, seeker.country(), seeker.sme());
        if (p.peerFirms() == 0) {
            return null;
        }
        String kind = seeker.sme() ? (p.peerFirms() == 1 ? "SME" : "SMEs") : (p.peerFirms() == 1 ? "firm" : "firms");
        String sentence = numbers.format(p.peerFirms()) + " " + kind + " like you in "
                + CountryNames.of(seeker.countryName()) + " worked with it";
        if (p.peersNewToMarket() > 0) {
            sentence += "; " + p.peersNewToMarket() + " brought new products to market";
        }
        return new Reason(
                ReasonType.PEER_FIRMS,
                sentence,
                Map.of(
                        "peers",
                        p.peerFirms(),
                        "newToMarket",
                        p.peersNewToMarket(),
                        "partnersInCountry",
                        p.partnersInCountry()),
                List.of(NamedEntity.of("country", seeker.countryName())));
    }

    private Reason knowledgeFit(int candidate, double[] f) {
        if (f[Feature.KNOWLEDGE_FIT.ordinal()] <= 0) {
            return null;
        }
        List<String> areas =
                query.signals().areas().strongestSharedTerms(query.seeker().areas(), candidate, 2);
        if (areas.isEmpty()) {
            return null;
        }
        String sentence = "strong in " + String.join(" and ", areas)
                + (query.seeker().soughtAreas() ? ", which you seek" : ", as you are");
        return new Reason(
                ReasonType.KNOWLEDGE_FIT,
                sentence,
                Map.of("fitPercent", Math.round(100 * f[Feature.KNOWLEDGE_FIT.ordinal()])),
                areas.stream().map(a -> NamedEntity.of("knowledgeArea", a)).toList());
    }

    private Reason callLines(int candidate, double[] f) {
        if (f[Feature.CALL_LINE_FIT.ordinal()] <= 0) {
            return null;
        }
        List<String> lines =
                query.signals().calls().strongestSharedTerms(query.seeker().calls(), candidate, 2);
        if (lines.isEmpty()) {
            return null;
        }
        return new Reason(
                ReasonType.CALL_LINES,
                "takes part in the same lines of calls as you (" + String.join(", ", lines) + ")",
                Map.of("fitPercent", Math.round(100 * f[Feature.CALL_LINE_FIT.ordinal()])),
                lines.stream().map(l -> NamedEntity.of("callLine", l)).toList());
    }

    private Reason strength(int candidate) {
        int partners = graph.degree(candidate);
        int countries = query.signals().activity().partnerCountries(candidate);
        int recent = query.signals().activity().collaborationsLastYear(candidate);
        String sentence = "well connected: " + numbers.format(partners) + (partners == 1 ? " partner" : " partners")
                + " in " + countries + (countries == 1 ? " country" : " countries")
                + (recent > 0
                        ? ", " + recent + (recent == 1 ? " collaboration" : " collaborations") + " in "
                                + graph.maxYear()
                        : "");
        return new Reason(
                ReasonType.STRENGTH,
                sentence,
                Map.of(
                        "partners",
                        partners,
                        "countries",
                        countries,
                        "collaborationsLastYear",
                        recent,
                        "year",
                        graph.maxYear()),
                List.of());
    }

    private Reason countryAffinity(int candidate, double[] f) {
        double share = f[Feature.COUNTRY_AFFINITY.ordinal()];
        if (share <= 0) {
            return null;
        }
        String country = graph.organisation(candidate).country();
        long percent = Math.round(100 * share);
        return new Reason(
                ReasonType.COUNTRY_AFFINITY,
                "organisations in " + CountryNames.of(query.seeker().countryName()) + " often work with "
                        + CountryNames.of(country) + " (" + percent + "% of their foreign partnerships)",
                Map.of("sharePercent", percent),
                List.of(NamedEntity.of("country", query.seeker().countryName()), NamedEntity.of("country", country)));
    }
}
