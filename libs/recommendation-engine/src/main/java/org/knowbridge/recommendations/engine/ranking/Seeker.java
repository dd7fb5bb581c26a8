package org.knowbridge.recommendations.engine.ranking;

import java.util.HashSet;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.SortedSets;
import org.knowbridge.recommendations.engine.signals.TermProfiles.SparseVector;

/**
 * The firm a ranking is for, resolved against one snapshot: its node (or -1 when the graph does not know it),
 * its country, its sector (a NACE division, or empty), and its knowledge profile, which blends what it worked on with what it says it seeks.
 */
record Seeker(
        int node,
        int country,
        String countryName,
        boolean sme,
        String sectorDivision,
        PartnerKind kind,
        SparseVector areas,
        SparseVector calls,
        Set<Integer> targetCountries,
        Set<PartnerKind> preferredKinds,
        boolean soughtAreas) {

    /** Whether the firm has collaborations to learn from; otherwise it is a cold start. */
    boolean hasHistory(GraphSnapshot graph) {
        return node >= 0 && graph.degree(node) > 0;
    }

    static Seeker resolve(RankingSignals signals, RankingRequest request) {
        GraphSnapshot g = signals.graph();
        int node = g.index(request.firmId());
        FirmProfile profile = request.profile().orElse(null);
        if (node < 0 && profile == null) {
            throw new UnknownFirmException(request.firmId());
        }
        Organisation o = node >= 0 ? g.organisation(node) : null;
        String countryName =
                profile != null && !profile.country().isEmpty() ? profile.country() : o != null ? o.country() : "";
        int country = g.countryIndex(countryName);
        boolean sme = o != null ? o.sme() : profile.sme();
        String sector = profile != null && !profile.sector().isEmpty()
                ? Organisation.divisionOf(profile.sector())
                : o != null ? o.sectorDivision() : "";
        PartnerKind kind = o != null ? o.kind() : PartnerKind.OTHER;
        SparseVector own = node >= 0 ? signals.areas().profile(node) : SparseVector.EMPTY;
        SparseVector sought =
                profile == null ? SparseVector.EMPTY : signals.areas().profileOf(profile.soughtAreas());
        if (o != null && !o.knowledgeAreas().isEmpty() && own.isEmpty()) {
            own = signals.areas().profileOf(o.knowledgeAreas());
        }
        SparseVector areas = sought.isEmpty()
                ? own
                : own.isEmpty() ? sought : signals.areas().blend(own, sought);
        SparseVector calls = node >= 0 ? signals.calls().profile(node) : SparseVector.EMPTY;
        Set<Integer> targets = new HashSet<>();
        Set<PartnerKind> kinds = Set.of();
        if (profile != null) {
            for (String c : profile.targetCountries()) {
                int idx = g.countryIndex(c);
                if (idx >= 0) {
                    targets.add(idx);
                }
            }
            kinds = profile.preferredKinds();
        }
        return new Seeker(
                node,
                country,
                countryName,
                sme,
                sector,
                kind,
                areas,
                calls,
                SortedSets.copyOf(targets),
                kinds,
                !sought.isEmpty());
    }
}
