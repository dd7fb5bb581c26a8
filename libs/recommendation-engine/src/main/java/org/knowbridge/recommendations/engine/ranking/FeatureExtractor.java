package org.knowbridge.recommendations.engine.ranking;

import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.signals.ActivityProfile;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap.Overlap;
import org.knowbridge.recommendations.engine.signals.PeerEvidence.Peers;

/** Fills a candidate's {@link Feature} vector from the query and the snapshot's signals. */
final class FeatureExtractor {

    private FeatureExtractor() {}

    static double[] extract(Query q, int candidate) {
        RankingSignals s = q.signals();
        GraphSnapshot g = s.graph();
        ActivityProfile a = s.activity();
        Seeker seeker = q.seeker();
        double[] f = new double[Feature.COUNT];
        if (q.hasHistory()) {
            Overlap o = q.overlap();
            f[Feature.COMMON_PARTNERS.ordinal()] = Math.log1p(o.commonNeighbours()[candidate]);
            f[Feature.COMMON_PARTNER_SHARE.ordinal()] = o.commonNeighbours()[candidate] / g.degree(seeker.node());
            f[Feature.COMMON_FOREIGN_PARTNERS.ordinal()] = Math.log1p(o.viaForeignPartners()[candidate]);
            f[Feature.ADAMIC_ADAR.ordinal()] = o.adamicAdar()[candidate];
            f[Feature.RESOURCE_ALLOCATION.ordinal()] = o.resourceAllocation()[candidate];
            f[Feature.TWO_STEP_WALK.ordinal()] = o.twoStepWalk()[candidate];
            f[Feature.THREE_STEP_WALK.ordinal()] = q.threeStepWalk(candidate);
            f[Feature.PROJECT_WALK_TWO_MOVES.ordinal()] = q.projectWalk().twoMoves(candidate);
            f[Feature.PROJECT_WALK_THREE_MOVES.ordinal()] = q.projectWalk().threeMoves(candidate);
            f[Feature.FIRM_PARTNERS.ordinal()] = Math.log1p(g.degree(seeker.node()));
            f[Feature.FIRM_COLLABORATIONS.ordinal()] = Math.log1p(g.collaborationCount(seeker.node()));
        }
        f[Feature.PARTNERS.ordinal()] = Math.log1p(g.degree(candidate));
        f[Feature.COLLABORATIONS.ordinal()] = Math.log1p(g.collaborationCount(candidate));
        f[Feature.PARTNER_COUNTRIES.ordinal()] = Math.log1p(a.partnerCountries(candidate));
        f[Feature.FOREIGN_PARTNER_SHARE.ordinal()] = a.foreignPartnerShare(candidate);
        f[Feature.SME_PARTNER_SHARE.ordinal()] = a.smePartnerShare(candidate);
        f[Feature.COLLABORATIONS_LAST_YEAR.ordinal()] = Math.log1p(a.collaborationsLastYear(candidate));
        f[Feature.YEARS_SINCE_ACTIVE.ordinal()] = Math.min(5, a.yearsSinceActive(candidate));
        f[Feature.INNOVATION_RATE.ordinal()] = a.innovationRate(candidate);
        PartnerKind kind = g.organisation(candidate).kind();
        f[Feature.IS_UNIVERSITY.ordinal()] = kind == PartnerKind.UNIVERSITY ? 1 : 0;
        f[Feature.IS_RESEARCH_ORGANISATION.ordinal()] = kind == PartnerKind.RESEARCH_ORGANISATION ? 1 : 0;
        f[Feature.IS_PUBLIC_BODY.ordinal()] = kind == PartnerKind.PUBLIC_BODY ? 1 : 0;
        f[Feature.IS_SME.ordinal()] = g.organisation(candidate).sme() ? 1 : 0;
        f[Feature.COUNTRY_AFFINITY.ordinal()] = s.countryAffinity().share(seeker.country(), g.countryOf(candidate));
        Peers p = s.peers().of(candidate, seeker.country(), seeker.sme());
        f[Feature.PARTNERS_IN_FIRM_COUNTRY.ordinal()] = Math.log1p(p.partnersInCountry());
        f[Feature.PEER_FIRMS.ordinal()] = Math.log1p(p.peerFirms());
        f[Feature.PEERS_NEW_TO_MARKET.ordinal()] = Math.log1p(p.peersNewToMarket());
        f[Feature.KNOWLEDGE_FIT.ordinal()] = q.areaFit()[candidate];
        f[Feature.CALL_LINE_FIT.ordinal()] = q.callFit()[candidate];
        f[Feature.ACTIVITY_IN_FIRM_AREAS.ordinal()] = Math.log1p(q.areaActivity()[candidate]);
        f[Feature.ACTIVITY_IN_FIRM_CALL_LINES.ordinal()] = Math.log1p(q.callActivity()[candidate]);
        double likeByAreas = 0;
        double likeByCalls = 0;
        int[] partners = g.partnersArray(candidate);
        double[] areaFit = q.areaFit();
        double[] callFit = q.callFit();
        for (int e = g.rowStart(candidate), end = g.rowEnd(candidate); e < end; e++) {
            likeByAreas += areaFit[partners[e]];
            likeByCalls += callFit[partners[e]];
        }
        f[Feature.PARTNERS_LIKE_FIRM_BY_AREAS.ordinal()] = Math.log1p(likeByAreas);
        f[Feature.PARTNERS_LIKE_FIRM_BY_CALL_LINES.ordinal()] = Math.log1p(likeByCalls);
        return f;
    }
}
