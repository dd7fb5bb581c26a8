package org.knowbridge.recommendations.engine.ranking;

import java.util.List;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * One suggested partner, best first in a ranking, with the reasons for it (most telling first).
 *
 * @param type what the partner is (a company, a university, ...)
 * @param sme  whether the partner is an SME
 */
public record Recommendation(
        int rank,
        String partnerId,
        String partnerName,
        String country,
        PartnerKind kind,
        OrganisationType type,
        boolean sme,
        double score,
        List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    /** The same suggestion with other reasons. */
    public Recommendation withReasons(List<Reason> other) {
        return new Recommendation(rank, partnerId, partnerName, country, kind, type, sme, score, other);
    }
}
