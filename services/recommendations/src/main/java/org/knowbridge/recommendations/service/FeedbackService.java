package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.domain.RefreshCause;
import org.knowbridge.recommendations.domain.Verdict;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.event.FeedbackPublisher;
import org.knowbridge.recommendations.repository.FeedbackStore;
import org.knowbridge.recommendations.repository.FirmDirectory;

@ApplicationScoped
public class FeedbackService {

    private final FeedbackPublisher publisher;
    private final FeedbackStore store;
    private final FirmAccess access;
    private final RecommendationRefresher refresher;
    private final FirmDirectory firms;
    private final Projection projection;
    private final SuggestionRecorder suggestions;
    private final RecommendationService recommendations;

    public FeedbackService(
            FeedbackPublisher publisher,
            FeedbackStore store,
            FirmAccess access,
            RecommendationRefresher refresher,
            FirmDirectory firms,
            Projection projection,
            SuggestionRecorder suggestions,
            RecommendationService recommendations) {
        this.publisher = publisher;
        this.store = store;
        this.access = access;
        this.refresher = refresher;
        this.firms = firms;
        this.projection = projection;
        this.suggestions = suggestions;
        this.recommendations = recommendations;
    }

    /**
     * Stores the firm's word on a partner: first in the event log (acknowledged), then in memory. Only for a
     * firm this service knows (else 404) and a partner that was suggested to it (else 400): ever recorded as
     * suggested, or among its current suggestions.
     *
     * @param reason required when declining, refused when accepting
     */
    public Feedback give(
            String firmId, String partnerId, Verdict verdict, DeclineReason reason, String comment, Caller caller) {
        access.checkMayGiveFeedback(firmId, caller);
        Firm firm = firms.find(firmId).orElseThrow(() -> ProblemException.notFound("Firm", firmId));
        if (verdict == Verdict.DECLINED && reason == null) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A declined suggestion needs a reason",
                    List.of(new Problem.FieldError("reason", "required when verdict is DECLINED")));
        }
        if (verdict == Verdict.ACCEPTED && reason != null) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "An accepted suggestion has no decline reason",
                    List.of(new Problem.FieldError("reason", "only for verdict DECLINED")));
        }
        if (firmId.equals(partnerId)
                || firm.external().filter(partnerId::equals).isPresent()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A firm is never its own partner",
                    List.of(new Problem.FieldError("partnerId", "must differ from the firm")));
        }
        checkSuggested(firm, partnerId);
        Feedback feedback = new Feedback(
                firmId,
                partnerId,
                verdict,
                reason,
                comment == null || comment.isBlank() ? null : comment.strip(),
                caller.username(),
                OffsetDateTime.now(ZoneOffset.UTC));
        publisher.publish(feedback);
        applied(feedback, true);
        return feedback;
    }

    /** Recorded as suggested, or else (its record lost) among the firm's current suggestions; else 400. */
    private void checkSuggested(Firm firm, String partnerId) {
        if (suggestions.wasSuggested(firm.firmId(), partnerId)) {
            return;
        }
        PartnerRanker ranker = projection
                .ranker()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAVAILABLE, "The collaboration graph is still loading, please retry shortly"));
        if (ranker.graph().indexOf(partnerId).isEmpty() || !recommendations.isSuggestedNow(firm, partnerId)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "Partner " + partnerId + " was never suggested to this firm",
                    List.of(new Problem.FieldError("partnerId", "was never suggested to the firm")));
        }
    }

    /**
     * Feedback read back from the event log, as it was accepted when given: the firm or partner may have
     * left the platform or the graph since, which changes nothing about what was said. Given through this
     * instance or any other.
     *
     * @param live false while the topic is replayed at start-up: nothing is ranked again then
     */
    public void apply(Feedback feedback, boolean live) {
        applied(feedback, live);
    }

    /**
     * A decline changes the firm's suggestions, whose update is published (by the replica whose duty the firm is)
     * once: by whichever of the two ways in applies the feedback first in this instance, the request or the topic.
     */
    private void applied(Feedback feedback, boolean live) {
        if (store.apply(feedback) && live && feedback.declines()) {
            refresher.firmChanged(feedback.firmId(), RefreshCause.FEEDBACK_GIVEN);
        }
    }

    public List<Feedback> of(String firmId, Caller caller) {
        access.checkMayRead(firmId, caller);
        return store.of(firmId);
    }
}
