package org.knowbridge.recommendations.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.event.CloudEventCodec;

/** Of the collaborations topic, only what changes the graph reaches the projection (GraphEventsTest: the rest). */
class GraphEventReaderTest {

    @Test
    void aClaimAwaitingConfirmationChangesNothingYet() {
        String claimed = """
                {"specversion":"1.0","id":"2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091","source":"/knowbridge/partner-graph",
                 "type":"org.knowbridge.CollaborationClaimed","subject":"collab:1","time":"2026-03-04T08:00:00Z",
                 "datacontenttype":"application/json","dataschema":"/api-specs/events/CollaborationClaimed.schema.json",
                 "data":{"key":"collab:1","awaitedKey":"fixture:alpha-sensors","awaitedFirmId":null,
                         "claimantKey":"fixture:berlin-lasers","claimantName":"Berlin Lasers","claimantFirmId":null,
                         "channel":"LICENSING","startYear":2024,"claimedAt":"2026-03-04T08:00:00Z"}}""";
        assertEquals(Optional.empty(), GraphEventReader.change(CloudEventCodec.decode(claimed)));
    }

    @Test
    void aDecisionOnAClaimChangesNothingEither() {
        // A confirmation reaches the projection as the CollaborationRecorded written beside it.
        String decided = """
                {"specversion":"1.0","id":"3c4d5e6f-7081-4293-ab4c-5d6e7f8091a2","source":"/knowbridge/partner-graph",
                 "type":"org.knowbridge.CollaborationClaimDecided","subject":"collab:1","time":"2026-03-05T08:00:00Z",
                 "datacontenttype":"application/json",
                 "dataschema":"/api-specs/events/CollaborationClaimDecided.schema.json",
                 "data":{"key":"collab:1","awaitedKey":"fixture:alpha-sensors","awaitedFirmId":null,
                         "claimantKey":"fixture:berlin-lasers","claimantFirmId":null,"channel":"LICENSING",
                         "startYear":2024,"outcome":"CONFIRMED","decidedAt":"2026-03-05T08:00:00Z"}}""";
        assertEquals(Optional.empty(), GraphEventReader.change(CloudEventCodec.decode(decided)));
    }
}
