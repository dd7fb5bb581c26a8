package org.knowbridge.recommendations.engine.ranking;

import java.util.List;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/** One suggested partner, best first in a ranking, with the reasons for it (most telling first). */
public record Recommendation(
        int rank,
        String partnerId,
        String partnerName,
        String country,
        PartnerKind kind,
        double score,
        List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
