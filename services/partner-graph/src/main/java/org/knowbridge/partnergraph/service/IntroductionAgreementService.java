package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.knowbridge.partnergraph.domain.IntroductionAgreement;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.IntroductionAgreementRepository;
import org.knowbridge.partnergraph.repository.IntroductionAgreementRepository.Result;

/**
 * Turns agreements signed after introductions into collaborations, the only way they get into the graph (the
 * introductions service never writes here). Idempotent: an agreement recorded before is left as it is.
 */
@ApplicationScoped
public class IntroductionAgreementService {

    private static final Logger LOG = Logger.getLogger(IntroductionAgreementService.class);
    private static final Duration PAUSE = Duration.ofMillis(500);

    private final IntroductionAgreementRepository agreements;
    private final GraphEvents events;
    private final Duration partyWait;

    public IntroductionAgreementService(
            IntroductionAgreementRepository agreements,
            GraphEvents events,
            @ConfigProperty(name = "knowbridge.introductions.party-wait") Duration partyWait) {
        this.agreements = agreements;
        this.events = events;
        this.partyWait = partyWait;
    }

    /**
     * Records the agreements. The firm's own event travels on another topic and may not have been mirrored yet
     * (e.g. while both topics are replayed into a new graph): a missing party is waited for up to the party-wait,
     * then the agreement is skipped with an error, so one bad key cannot stop the topic.
     */
    public void record(List<IntroductionAgreement> batch) throws InterruptedException {
        List<IntroductionAgreement> pending = batch;
        long deadline = System.nanoTime() + partyWait.toNanos();
        while (!pending.isEmpty()) {
            List<Result> results = agreements.record(pending, events::collaborationRecorded);
            List<IntroductionAgreement> missing = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                if (results.get(i) == Result.PARTY_MISSING) {
                    missing.add(pending.get(i));
                } else if (results.get(i) == Result.FIRM_ERASED) {
                    LOG.infof(
                            "Introduction %s: its firm was erased, no collaboration",
                            pending.get(i).introductionId());
                }
            }
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                missing.forEach(a -> LOG.errorf(
                        "Introduction %s: no collaboration recorded, %s or %s is not in the graph",
                        a.introductionId(), a.firmId(), a.organisationKey()));
                return;
            }
            Thread.sleep(PAUSE.toMillis());
            pending = missing;
        }
    }
}
