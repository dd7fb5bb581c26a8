package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.portal.client.RecommendationsApi;
import org.knowbridge.portal.domain.Feedback;
import org.knowbridge.portal.domain.SuggestionFilters;
import org.knowbridge.portal.domain.Suggestions;

/** The signed-in SME's suggestions and its answers to them, through the recommendations API. */
@RequestScoped
public class SuggestionService {

    /** As many as the API gives at once: a page a person reads through. */
    static final int PAGE_SIZE = 20;

    private final RecommendationsApi recommendations;
    private final SignedInUser user;

    SuggestionService(@RestClient RecommendationsApi recommendations, SignedInUser user) {
        this.recommendations = recommendations;
        this.user = user;
    }

    public Suggestions list(SuggestionFilters filters) {
        return recommendations.suggestions(
                firmId(), filters.countries(), filters.kinds(), filters.channels(), PAGE_SIZE);
    }

    public void accept(String partnerId) {
        recommendations.giveFeedback(firmId(), partnerId, Feedback.accept());
    }

    public void decline(String partnerId, DeclineReason reason) {
        recommendations.giveFeedback(firmId(), partnerId, Feedback.decline(reason));
    }

    public String firmId() {
        return user.firmId().orElseThrow(NotAnSme::new);
    }
}
