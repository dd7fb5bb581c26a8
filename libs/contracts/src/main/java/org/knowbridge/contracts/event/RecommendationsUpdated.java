package org.knowbridge.contracts.event;

import java.time.OffsetDateTime;
import java.util.List;

/** The data of RecommendationsUpdated: a firm's new top suggestions, best first. */
public record RecommendationsUpdated(
        String firmId,
        String organisationKey,
        String cause,
        long graphVersion,
        boolean coldStart,
        OffsetDateTime generatedAt,
        List<Partner> recommendations) {

    public RecommendationsUpdated {
        recommendations = FirmSnapshot.orEmpty(recommendations);
    }

    /** One suggestion; {@code kind} is a {@link org.knowbridge.contracts.vocabulary.PartnerKind} name. */
    public record Partner(
            int rank,
            String partnerKey,
            String partnerName,
            String country,
            String kind,
            double score,
            List<String> reasons) {}
}
