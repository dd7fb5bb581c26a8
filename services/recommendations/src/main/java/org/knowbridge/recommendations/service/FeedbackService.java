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

    public FeedbackService(
            FeedbackPublisher publisher,
            FeedbackStore store,
            FirmAccess access,
            RecommendationRefresher refresher,
            FirmDirectory firms,
            Projection projection) {
        this.publisher = publisher;
        this.store = store;
        this.access = access;
        this.refresher = refresher;
        this.firms = firms;
        this.projection = projection;
    }

    /**
     * Stores the firm's word on a partner: first in the event log (acknowledged), then in memory. Only for a
     * firm this service knows (else 404) and a partner that is an organisation of the collaboration graph
     * (else 400), so no feedback is kept that no suggestion could ever read.
     *
     * @param reason required when declining, ignored otherwise
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
        if (firmId.equals(partnerId)
                || firm.external().filter(partnerId::equals).isPresent()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A firm is never its own partner",
                    List.of(new Problem.FieldError("partnerId", "must differ from the firm")));
        }
        checkInGraph(partnerId);
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

    private void checkInGraph(String partnerId) {
        PartnerRanker ranker = projection
                .ranker()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAVAILABLE, "The collaboration graph is still loading, please retry shortly"));
        if (ranker.graph().indexOf(partnerId).isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "No organisation " + partnerId + " is known to the collaboration graph, so it was never suggested",
                    List.of(new Problem.FieldError("partnerId", "is no organisation of the collaboration graph")));
        }
    }

    /**
     * Feedback read back from the event log, as it was accepted when given: the firm or partner may have
     * left the platform or the graph since, which changes nothing about what was said. Given through this
     * instance or any other.
     */
    public void apply(Feedback feedback) {
        store.apply(feedback);
    }

    public List<Feedback> of(String firmId, Caller caller) {
        access.checkMayRead(firmId, caller);
        return store.of(firmId);
    }
}
