package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.partnergraph.domain.FirmChange;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.FirmMirrorRepository;

/** Mirrors firms of firm-profiles as organisations, each new state with the event it emits when it changes the graph. */
@ApplicationScoped
public class FirmMirrorService {

    private final FirmMirrorRepository firms;
    private final GraphEvents events;

    public FirmMirrorService(FirmMirrorRepository firms, GraphEvents events) {
        this.firms = firms;
        this.events = events;
    }

    /** The firm's new state; its event continues the trace current now, i.e. called in the trace of the firm's record. */
    public FirmChange upsert(
            Organisation firm,
            String onboardedBy,
            String externalId,
            List<String> knowledgeAreas,
            String status,
            boolean listed,
            String sizeClass) {
        return FirmChange.upsert(
                firm, onboardedBy, externalId, knowledgeAreas, status, listed, sizeClass, events.ofFirm());
    }

    /** The firm's erasure; its event continues the trace current now. */
    public FirmChange erase(String firmId) {
        return FirmChange.erase(firmId, events.ofFirm());
    }

    /** Applies the changes in order, in one transaction. */
    public void apply(List<FirmChange> changes) {
        firms.apply(changes);
    }
}
