package org.knowbridge.contracts.event;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The data of PartnersSuggested: partners shown to a firm for the first time. Kept so that the firm's feedback
 * and a partner's detail can be allowed for exactly the partners it was ever suggested.
 *
 * @param partnerKeys the partners' keys in partner-graph, not suggested to that firm before
 */
public record PartnersSuggested(String firmId, List<String> partnerKeys, OffsetDateTime suggestedAt) {

    public PartnersSuggested {
        partnerKeys = FirmSnapshot.orEmpty(partnerKeys);
    }
}
