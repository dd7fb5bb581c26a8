package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.recommendations.domain.DeclineReason;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.domain.RefreshCause;
import org.knowbridge.recommendations.domain.Verdict;
import org.knowbridge.recommendations.event.FeedbackPublisher;
import org.knowbridge.recommendations.repository.FeedbackStore;

@ApplicationScoped
public class FeedbackService {

    private final FeedbackPublisher publisher;
    private final FeedbackStore store;
    private final FirmAccess access;
    private final RecommendationRefresher refresher;

    public FeedbackService(
            FeedbackPublisher publisher, FeedbackStore store, FirmAccess access, RecommendationRefresher refresher) {
        this.publisher = publisher;
        this.store = store;
        this.access = access;
        this.refresher = refresher;
    }

    /**
     * Stores the firm's word on a partner: first in the event log (acknowledged), then in memory.
     *
     * @param reason required when declining, ignored otherwise
     */
    public Feedback give(
            String firmId, String partnerId, Verdict verdict, DeclineReason reason, String comment, Caller caller) {
        access.checkMayGiveFeedback(firmId, caller);
        if (verdict == Verdict.DECLINED && reason == null) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A declined suggestion needs a reason",
                    List.of(new Problem.FieldError("reason", "required when verdict is DECLINED")));
        }
        if (firmId.equals(partnerId)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A firm is never its own partner",
                    List.of(new Problem.FieldError("partnerId", "must differ from the firm")));
        }
        Feedback feedback = new Feedback(
                firmId,
                partnerId,
                verdict,
                verdict == Verdict.DECLINED ? reason : null,
                comment == null || comment.isBlank() ? null : comment.strip(),
                caller.username(),
                OffsetDateTime.now(ZoneOffset.UTC));
        publisher.publish(feedback);
        store.apply(feedback);
        if (feedback.declines()) {
            refresher.firmChanged(firmId, RefreshCause.FEEDBACK_GIVEN);
        }
        return feedback;
    }

    /** Feedback read back from the event log: given through this instance or any other. */
    public void apply(Feedback feedback) {
        store.apply(feedback);
    }

    public List<Feedback> of(String firmId, Caller caller) {
        access.checkMayRead(firmId, caller);
        return store.of(firmId);
    }
}
