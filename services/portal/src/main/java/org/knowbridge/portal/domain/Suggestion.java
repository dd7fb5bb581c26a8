package org.knowbridge.portal.domain;

import java.util.List;

/** One suggested partner with the reasons, as sentences, the API gives for it. */
public record Suggestion(
        int rank,
        String partnerId,
        String name,
        String country,
        String kind,
        String type,
        Boolean sme,
        List<Reason> reasons) {

    public Suggestion {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** One reason: its type and the sentence the API wrote for people. */
    public record Reason(String type, String text) {}
}
