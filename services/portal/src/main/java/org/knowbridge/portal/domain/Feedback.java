package org.knowbridge.portal.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.knowbridge.contracts.vocabulary.DeclineReason;

/** A firm's word on a suggested partner, the body of the recommendations feedback API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(String verdict, String reason, String comment) {

    public static Feedback accept() {
        return new Feedback("ACCEPTED", null, null);
    }

    public static Feedback decline(DeclineReason reason) {
        return new Feedback("DECLINED", reason.name(), null);
    }
}
