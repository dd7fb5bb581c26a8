package org.knowbridge.portal.domain;

import java.util.List;

/** A firm's suggested partners as the recommendations API gives them. */
public record Suggestions(String firmId, String organisationKey, boolean coldStart, List<Suggestion> recommendations) {

    public Suggestions {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }
}
