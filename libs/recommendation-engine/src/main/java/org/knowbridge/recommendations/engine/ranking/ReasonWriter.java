package org.knowbridge.recommendations.engine.ranking;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.KnowledgeAreas;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.ranking.Reason.NamedEntity;
import org.knowbridge.recommendations.engine.signals.PeerEvidence.Peers;

/**
 * Turns a scored candidate into reasons: one per kind of evidence that exists for it, ordered by how much
 * that evidence raised its score, after the reasons that come from the firm's own stated preferences.
 *
 * <p>Written for people who do not know the ranker: being well connected is said only as a further reason,
 * never as the main one (it says nothing about the fit with the firm); what the partner works on in the
 * firm's fields is always said when it works in any; firms "like you" are called so only for the size or
 * sector they really share with the firm; countries and knowledge areas are named, never coded; the partner
 * is described by what it is ({@link org.knowbridge.contracts.vocabulary.OrganisationType#phrase}: "an SME",
 * "a university").
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
                    o.type().phrase(o.sme()) + " in " + CountryCode.englishName(o.country())
                            + ", one of your target countries",
                    Map.of(),
                    List.of(country(o.country()))));
        }
        if (seeker.preferredKinds().contains(o.kind())) {
            out.add(new Reason(
                    ReasonType.PREFERRED_KIND,
                    preferredKind(o) + ", a kind of partner you prefer",
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
        if (!evidence.isEmpty() && evidence.getFirst().type() == ReasonType.STRENGTH) {
            // Being well connected is said after what the partner does, never as the reason itself.
            Reason strength = evidence.removeFirst();
            if (evidence.isEmpty()) {
                Reason activity = activity(candidate);
                if (activity != null) {
                    evidence.add(activity);
                }
            }
            evidence.add(Math.min(1, evidence.size()), strength);
        }
        List<Reason> kept = new ArrayList<>(evidence.subList(0, Math.min(MAX_EVIDENCE_REASONS, evidence.size())));
        // What it works on in the firm's fields is the sentence a firm reads first to judge a partner.
        evidence.stream()
                .filter(r -> r.type() == ReasonType.KNOWLEDGE_FIT && !kept.contains(r))
                .findFirst()
                .ifPresent(kept::add);
        out.addAll(kept);
        return out;
    }

    /** What the partner is, in words that name the kind the firm prefers: "an SME" alone would hide a consultancy. */
    private static String preferredKind(Organisation o) {
        String phrase = o.type().phrase(o.sme());
        return o.kind() == PartnerKind.OTHER || phrase.endsWith(o.kind().label())
                ? phrase
                : phrase + " " + o.kind().label();
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
        int sameSector = sameSectorPeers(candidate, seeker);
        String where = " in " + CountryCode.englishName(seeker.countryName());
        // Peers are SMEs exactly when the firm is one: then they share its size; a large firm's peers are any firms.
        String sentence;
        if (seeker.sme()) {
            sentence = count(p.peerFirms(), "SME", "SMEs") + where + " worked with it: firms of your size"
                    + (sameSector > 0
                            ? ", " + sameSector + " of them also in your sector (" + seeker.sectorDivision() + ")"
                            : "");
        } else {
            sentence = count(p.peerFirms(), "firm", "firms") + where + " worked with it"
                    + (sameSector > 0
                            ? ", " + sameSector + " of them in your sector (" + seeker.sectorDivision() + ")"
                            : "");
        }
        if (p.peersNewToMarket() > 0) {
            sentence += "; " + p.peersNewToMarket() + " brought new products to market";
        }
        List<NamedEntity> named = new ArrayList<>(List.of(country(seeker.countryName())));
        if (sameSector > 0) {
            named.add(NamedEntity.of("sector", seeker.sectorDivision()));
        }
        return new Reason(
                ReasonType.PEER_FIRMS,
                sentence,
                Map.of(
                        "peers",
                        p.peerFirms(),
                        "sameSector",
                        sameSector,
                        "newToMarket",
                        p.peersNewToMarket(),
                        "partnersInCountry",
                        p.partnersInCountry()),
                named);
    }

    /** The candidate's partners in the firm's country that are firms of the firm's NACE division (and size). */
    private int sameSectorPeers(int candidate, Seeker seeker) {
        if (seeker.sectorDivision().isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int e = graph.firstEdge(candidate); e < graph.endEdge(candidate); e++) {
            int j = graph.neighbour(e);
            Organisation peer = graph.organisation(j);
            if (graph.countryOf(j) == seeker.country()
                    && j != seeker.node()
                    && peer.kind().isFirm()
                    && (!seeker.sme() || peer.sme())
                    && peer.sectorDivision().equals(seeker.sectorDivision())) {
                same++;
            }
        }
        return same;
    }

    private String count(int n, String one, String many) {
        return numbers.format(n) + " " + (n == 1 ? one : many);
    }

    /**
     * What the candidate works on in the firm's fields: the labels of the strongest shared areas, and how many
     * of its collaborations were in them, the latest when.
     */
    private Reason knowledgeFit(int candidate, double[] f) {
        if (f[Feature.KNOWLEDGE_FIT.ordinal()] <= 0) {
            return null;
        }
        List<String> areas =
                query.signals().areas().strongestSharedTerms(query.seeker().areas(), candidate, 2);
        if (areas.isEmpty()) {
            return null;
        }
        int inAreas = 0;
        int latest = 0;
        boolean allProjects = true;
        CollaborationAreas.Within withinAreas =
                query.signals().collaborationAreas().within(areas);
        for (int k = graph.firstCollaboration(candidate); k < graph.endCollaboration(candidate); k++) {
            int c = graph.collaborationAt(k);
            if (withinAreas.anyArea(c)) {
                Collaboration collaboration = graph.collaborations().get(c);
                inAreas++;
                latest = Math.max(latest, collaboration.year());
                allProjects &= collaboration.channel() == KnowledgeChannel.PROJECT_EXCHANGE;
            }
        }
        // labels only, never a path; an area without one ("/") is not worth a word
        List<String> labels = areas.stream()
                .map(KnowledgeAreas::label)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
        if (labels.isEmpty()) {
            return null;
        }
        String sentence = "works on " + String.join(" and ", labels)
                + (query.seeker().soughtAreas() ? ", which you seek" : ", in your fields");
        if (inAreas > 0) {
            sentence += ": " + howMuch(inAreas, allProjects, latest);
        }
        return new Reason(
                ReasonType.KNOWLEDGE_FIT,
                sentence,
                Map.of(
                        "fitPercent",
                        Math.round(100 * f[Feature.KNOWLEDGE_FIT.ordinal()]),
                        "collaborations",
                        inAreas,
                        "latestYear",
                        latest),
                areas.stream()
                        .map(a -> new NamedEntity("knowledgeArea", a, KnowledgeAreas.label(a)))
                        .toList());
    }

    /** What the candidate works on at all: its two most frequent areas, by label, in how many collaborations. */
    private Reason activity(int candidate) {
        Map<String, Integer> byArea = new java.util.HashMap<>();
        int withAreas = 0;
        int latest = 0;
        boolean allProjects = true;
        for (int k = graph.firstCollaboration(candidate); k < graph.endCollaboration(candidate); k++) {
            Collaboration collaboration = graph.collaborations().get(graph.collaborationAt(k));
            if (collaboration.knowledgeAreas().isEmpty()) {
                continue;
            }
            withAreas++;
            latest = Math.max(latest, collaboration.year());
            allProjects &= collaboration.channel() == KnowledgeChannel.PROJECT_EXCHANGE;
            for (String area : collaboration.knowledgeAreas()) {
                byArea.merge(area, 1, Integer::sum);
            }
        }
        if (withAreas == 0) {
            return null;
        }
        List<String> areas = byArea.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .filter(a -> !KnowledgeAreas.label(a).isEmpty())
                .limit(2)
                .toList();
        if (areas.isEmpty()) {
            return null;
        }
        List<String> labels =
                areas.stream().map(KnowledgeAreas::label).distinct().toList();
        String sentence = "works on " + String.join(" and ", labels) + ": " + howMuch(withAreas, allProjects, latest);
        return new Reason(
                ReasonType.ACTIVITY,
                sentence,
                Map.of("collaborations", withAreas, "latestYear", latest),
                areas.stream()
                        .map(a -> new NamedEntity("knowledgeArea", a, KnowledgeAreas.label(a)))
                        .toList());
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
                "organisations in " + CountryCode.englishName(query.seeker().countryName()) + " often work with "
                        + CountryCode.englishName(country) + " (" + percent + "% of their foreign partnerships)",
                Map.of("sharePercent", percent),
                List.of(country(query.seeker().countryName()), country(country)));
    }

    /** A country as a reason names it: its code as id, its English name as name. */
    private static NamedEntity country(String code) {
        return new NamedEntity("country", code, CountryCode.englishName(code));
    }

    /** "3 projects, the latest in 2023" (or collaborations, when not all of them are projects). */
    private String howMuch(int n, boolean allProjects, int latest) {
        return count(n, allProjects ? "project" : "collaboration", allProjects ? "projects" : "collaborations")
                + (n == 1 ? ", in " : ", the latest in ")
                + latest;
    }
}
