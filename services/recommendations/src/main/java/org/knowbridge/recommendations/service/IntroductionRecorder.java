package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.recommendations.domain.Introduced;
import org.knowbridge.recommendations.repository.IntroductionLog;

/** Notes each introduction's latest state as the introductions topic reports it, live or replayed. */
@ApplicationScoped
public class IntroductionRecorder {

    private final IntroductionLog log;

    public IntroductionRecorder(IntroductionLog log) {
        this.log = log;
    }

    public void changed(Introduced introduced) {
        log.put(introduced);
    }

    /** The introduction was deleted with its erased firm. */
    public void erased(String firmId, String introductionId) {
        log.forget(firmId, introductionId);
    }
}
