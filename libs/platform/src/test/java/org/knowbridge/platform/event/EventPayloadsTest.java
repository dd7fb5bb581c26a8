package org.knowbridge.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.CollaborationClaimDecided;
import org.knowbridge.contracts.event.CollaborationClaimed;
import org.knowbridge.contracts.event.CollaborationEnded;
import org.knowbridge.contracts.event.CollaborationRecorded;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.FirmErased;
import org.knowbridge.contracts.event.FirmSnapshot;
import org.knowbridge.contracts.event.IntroductionErased;
import org.knowbridge.contracts.event.IntroductionSnapshot;
import org.knowbridge.contracts.event.OrganisationErased;
import org.knowbridge.contracts.event.OrganisationUpserted;
import org.knowbridge.contracts.event.PartnersSuggested;
import org.knowbridge.contracts.event.RecommendationFeedbackGiven;
import org.knowbridge.contracts.event.RecommendationsUpdated;
import org.knowbridge.platform.testing.EventSchemas;

/**
 * The payload records of the contracts module against events as the services write them today and wrote them
 * before: every one conforms to its schema (whose shared parts it reaches by $ref), decodes into its record,
 * and encodes back to the same JSON.
 */
class EventPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FIRM_REGISTERED = """
            {"specversion":"1.0","id":"6f1c2a8e-4b7d-4c3e-9f51-2d8a7b6c5e40","source":"/knowbridge/firm-profiles",
             "type":"org.knowbridge.FirmRegistered","subject":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
             "time":"2026-03-02T09:15:27.123456Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/FirmRegistered.schema.json",
             "data":{"firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","legalName":"Nordic Photonics Oy","country":"FI",
                     "sector":"C26.7","sizeClass":"SMALL","status":"DRAFT","knowledgeAreasOffered":["photonics"],
                     "knowledgeAreasSought":["laser machining"],"targetCountries":["DE","GR"],
                     "preferredPartnerKinds":["UNIVERSITY"],"preferredChannels":["CO_DEVELOPMENT"],"listed":false,
                     "onboardedBy":"agency-fi","externalId":"cordis:999908587/1",
                     "introductionContact":{"name":"Aino Virtanen","role":"Head of R&D",
                                            "email":"aino@photonics.example","phone":null}}}""";

    /** As firm-profiles wrote it before firms had preferences, an agency or a register id. */
    private static final String OLD_FIRM_UPDATED = """
            {"specversion":"1.0","id":"1d0e3c1a-0a8b-4d6e-8e0f-5b8c6b0f6a11","source":"/knowbridge/firm-profiles",
             "type":"org.knowbridge.FirmUpdated","subject":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
             "time":"2025-11-20T12:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/FirmUpdated.schema.json",
             "data":{"firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","legalName":"Nordic Photonics Oy","country":"FI",
                     "sector":null,"sizeClass":"LARGE","status":"SUBMITTED","knowledgeAreasOffered":[],
                     "knowledgeAreasSought":[],"targetCountries":[],"listed":false,"someLaterField":{"x":1}}}""";

    private static final String FIRM_ERASED = """
            {"specversion":"1.0","id":"a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d","source":"/knowbridge/firm-profiles",
             "type":"org.knowbridge.FirmErased","subject":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
             "time":"2026-03-02T10:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/FirmErased.schema.json",
             "data":{"firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b"}}""";

    private static final String ORGANISATION_UPSERTED = """
            {"specversion":"1.0","id":"3c2b1a09-8f7e-4d6c-b5a4-938271605f4e","source":"/knowbridge/partner-graph",
             "type":"org.knowbridge.OrganisationUpserted","subject":"cordis:999908587",
             "time":"2026-03-02T09:16:00.5Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/OrganisationUpserted.schema.json",
             "data":{"key":"cordis:999908587","name":"Kosovo Research Institute","country":"XK","type":"RESEARCH_ORGANISATION",
                     "sme":false,"sector":null,"source":"IMPORTED"}}""";

    private static final String COLLABORATION_RECORDED = """
            {"specversion":"1.0","id":"5e4d3c2b-1a09-4f8e-a7d6-c5b4a3928170","source":"/knowbridge/partner-graph",
             "type":"org.knowbridge.CollaborationRecorded","subject":"c-7f3e",
             "time":"2026-03-02T09:17:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/CollaborationRecorded.schema.json",
             "data":{"key":"c-7f3e","channel":"CO_DEVELOPMENT","startYear":2024,"endYear":null,"outcome":"UNKNOWN",
                     "source":"AGENCY","parties":[{"organisationKey":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","partnerKind":"CUSTOMER"},
                                                  {"organisationKey":"cordis:999908587","partnerKind":"SUPPLIER"}]}}""";

    private static final String COLLABORATION_CLAIMED = """
            {"specversion":"1.0","id":"2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091","source":"/knowbridge/partner-graph",
             "type":"org.knowbridge.CollaborationClaimed","subject":"collab:9d1e6f2a-8c4b-4e3d-a7f6-1b2c3d4e5f60",
             "time":"2026-03-04T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/CollaborationClaimed.schema.json",
             "data":{"key":"collab:9d1e6f2a-8c4b-4e3d-a7f6-1b2c3d4e5f60","awaitedKey":"cordis:999908587",
                     "awaitedFirmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","claimantKey":"org-partner-1",
                     "claimantName":"Partner Labs GmbH","claimantFirmId":null,"channel":"LICENSING","startYear":2024,
                     "claimedAt":"2026-03-04T07:59:59.5Z"}}""";

    private static final String COLLABORATION_CLAIM_DECIDED = """
            {"specversion":"1.0","id":"4c5d6e7f-8091-42a3-b4c5-d6e7f8091a2b","source":"/knowbridge/partner-graph",
             "type":"org.knowbridge.CollaborationClaimDecided","subject":"collab:9d1e6f2a-8c4b-4e3d-a7f6-1b2c3d4e5f60",
             "time":"2026-03-05T09:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/CollaborationClaimDecided.schema.json",
             "data":{"key":"collab:9d1e6f2a-8c4b-4e3d-a7f6-1b2c3d4e5f60","awaitedKey":"cordis:999908587",
                     "awaitedFirmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","claimantKey":"org-partner-1",
                     "claimantFirmId":null,"channel":"LICENSING","startYear":2024,"outcome":"REJECTED",
                     "decidedAt":"2026-03-05T08:59:59.5Z"}}""";

    private static final String COLLABORATION_ENDED = """
            {"specversion":"1.0","id":"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d","source":"/knowbridge/partner-graph",
             "type":"org.knowbridge.CollaborationEnded","subject":"c-7f3e",
             "time":"2026-03-05T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/CollaborationEnded.schema.json",
             "data":{"key":"c-7f3e","endYear":2026,"outcome":"PROCESS_INNOVATION",
                     "organisationKeys":["0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","cordis:999908587"]}}""";

    private static final String ORGANISATION_ERASED = """
            {"specversion":"1.0","id":"3f2e1d0c-9b8a-4776-a554-433221100fed","source":"/knowbridge/partner-graph",
             "type":"org.knowbridge.OrganisationErased","subject":"cordis:999908587",
             "time":"2026-03-06T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/OrganisationErased.schema.json",
             "data":{"key":"cordis:999908587","firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","mergedInto":null}}""";

    private static final String FEEDBACK_GIVEN = """
            {"specversion":"1.0","id":"9c8b7a69-5847-4362-a150-f4e3d2c1b0a9","source":"/knowbridge/recommendations",
             "type":"org.knowbridge.RecommendationFeedbackGiven","subject":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
             "time":"2026-03-02T11:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/RecommendationFeedbackGiven.schema.json",
             "data":{"firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","partnerId":"cordis:999908587","verdict":"DECLINED",
                     "reason":"TOO_FAR","comment":null,"givenBy":"demo-sme","givenAt":"2026-03-02T11:00:00Z"}}""";

    private static final String PARTNERS_SUGGESTED = """
            {"specversion":"1.0","id":"5d4c3b2a-1908-4f7e-8d6c-5b4a39281706","source":"/knowbridge/recommendations",
             "type":"org.knowbridge.PartnersSuggested","subject":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
             "time":"2026-03-02T10:59:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/PartnersSuggested.schema.json",
             "data":{"firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","partnerKeys":["cordis:999908587","cordis:999999999"],
                     "suggestedAt":"2026-03-02T10:59:00Z"}}""";

    private static final String RECOMMENDATIONS_UPDATED = """
            {"specversion":"1.0","id":"0a1b2c3d-4e5f-4061-8728-394a5b6c7d8e","source":"/knowbridge/recommendations",
             "type":"org.knowbridge.RecommendationsUpdated","subject":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
             "time":"2026-03-02T11:00:01Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/RecommendationsUpdated.schema.json",
             "data":{"firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","organisationKey":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
                     "cause":"FEEDBACK_GIVEN","graphVersion":42,"coldStart":false,"generatedAt":"2026-03-02T11:00:01Z",
                     "recommendations":[{"rank":1,"partnerKey":"cordis:999908587","partnerName":"Kosovo Research Institute",
                                         "country":"XK","kind":"RESEARCH_ORGANISATION","score":0.83,
                                         "reasons":["Worked with 3 firms like yours"]}]}}""";

    /*
     * Introductions events, as the introductions service has written them since its first version (efa78ab): their
     * format never changed, so these pin the published one (api-specs/asyncapi.yaml, channel introductions, and its
     * schemas) as a consumer written against it reads it. Dates as the service's PostgreSQL columns give them.
     */
    private static final String INTRODUCTION_REQUESTED = """
            {"specversion":"1.0","id":"8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968","source":"/knowbridge/introductions",
             "type":"org.knowbridge.IntroductionRequested","subject":"4f3e2d1c-0b9a-4877-8665-544332211000",
             "time":"2026-03-03T08:30:00.250Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/IntroductionRequested.schema.json",
             "data":{"introductionId":"4f3e2d1c-0b9a-4877-8665-544332211000",
                     "firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","organisationKey":"cordis:999908587",
                     "route":"BROKER","brokerAgency":"org-agency-demo","state":"REQUESTED","channel":"CO_DEVELOPMENT",
                     "fromSuggestion":true,"declineReason":null,"agreementChannel":null,
                     "requestedAt":"2026-03-03T08:30:00.248163Z","changedAt":"2026-03-03T08:30:00.248163Z"}}""";

    private static final String INTRODUCTION_AGREEMENT_SIGNED = """
            {"specversion":"1.0","id":"1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b","source":"/knowbridge/introductions",
             "type":"org.knowbridge.IntroductionAgreementSigned","subject":"4f3e2d1c-0b9a-4877-8665-544332211000",
             "time":"2026-04-10T14:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/IntroductionAgreementSigned.schema.json",
             "data":{"introductionId":"4f3e2d1c-0b9a-4877-8665-544332211000",
                     "firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","organisationKey":"org-partner-1",
                     "route":"ORGANISATION","brokerAgency":null,"state":"AGREEMENT_SIGNED","channel":"CO_DEVELOPMENT",
                     "fromSuggestion":false,"declineReason":null,"agreementChannel":"LICENSING",
                     "requestedAt":"2026-03-03T08:30:00.248163Z","changedAt":"2026-04-10T13:59:59.9Z"}}""";

    private static final String INTRODUCTION_ERASED = """
            {"specversion":"1.0","id":"6b5a4938-2716-4f05-9e4d-3c2b1a098765","source":"/knowbridge/introductions",
             "type":"org.knowbridge.IntroductionErased","subject":"4f3e2d1c-0b9a-4877-8665-544332211000",
             "time":"2026-05-01T09:00:00Z","datacontenttype":"application/json",
             "dataschema":"/api-specs/events/IntroductionErased.schema.json",
             "data":{"introductionId":"4f3e2d1c-0b9a-4877-8665-544332211000",
                     "firmId":"0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b","organisationKey":"cordis:999908587"}}""";

    @Test
    void todaysEventsConformToTheirSchemasWhoseSharedPartsAreReachedByRef() throws Exception {
        for (String event : List.of(
                FIRM_REGISTERED,
                FIRM_ERASED,
                ORGANISATION_UPSERTED,
                COLLABORATION_RECORDED,
                COLLABORATION_CLAIMED,
                COLLABORATION_CLAIM_DECIDED,
                COLLABORATION_ENDED,
                ORGANISATION_ERASED,
                FEEDBACK_GIVEN,
                PARTNERS_SUGGESTED,
                RECOMMENDATIONS_UPDATED,
                INTRODUCTION_REQUESTED,
                INTRODUCTION_AGREEMENT_SIGNED,
                INTRODUCTION_ERASED)) {
            assertEquals(java.util.Set.of(), EventSchemas.violations(JSON.readTree(event)), event);
        }
    }

    @Test
    void theSharedDefinitionsStillBite() throws Exception {
        JsonNode badKey =
                JSON.readTree(ORGANISATION_UPSERTED.replace("\"key\":\"cordis:999908587\"", "\"key\":\"cordis 1\""));
        JsonNode badCountry = JSON.readTree(FIRM_REGISTERED.replace("\"country\":\"FI\"", "\"country\":\"fi\""));
        assertFalse(EventSchemas.violations(badKey).isEmpty());
        assertFalse(EventSchemas.violations(badCountry).isEmpty());
        // CollaborationClaimDecided takes the claim's fields from CollaborationClaimed's schema.
        JsonNode badChannel = JSON.readTree(
                COLLABORATION_CLAIM_DECIDED.replace("\"channel\":\"LICENSING\"", "\"channel\":\"GOSSIP\""));
        JsonNode badClaimant = JSON.readTree(
                COLLABORATION_CLAIM_DECIDED.replace("\"claimantKey\":\"org-partner-1\"", "\"claimantKey\":\"a b\""));
        assertFalse(EventSchemas.violations(badChannel).isEmpty());
        assertFalse(EventSchemas.violations(badClaimant).isEmpty());
        // No free text travels with an introduction.
        JsonNode withMessage = JSON.readTree(INTRODUCTION_REQUESTED.replace(
                "\"fromSuggestion\":true", "\"fromSuggestion\":true,\"message\":\"Hello\""));
        assertFalse(EventSchemas.violations(withMessage).isEmpty());
        // The EU's own codes for Greece and the United Kingdom are written GR and GB in every event.
        for (String euCode : java.util.List.of("EL", "UK")) {
            JsonNode eu =
                    JSON.readTree(FIRM_REGISTERED.replace("\"country\":\"FI\"", "\"country\":\"" + euCode + "\""));
            assertFalse(EventSchemas.violations(eu).isEmpty(), euCode);
        }
    }

    @Test
    void aFirmSnapshotDecodesWithEveryField() {
        CloudEvent<JsonNode> event = CloudEventCodec.decode(FIRM_REGISTERED);
        assertEquals(
                EventType.FirmRegistered,
                EventType.fromCloudEventType(event.type()).orElseThrow());
        FirmSnapshot firm = CloudEventCodec.data(event, FirmSnapshot.class);
        assertEquals("0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b", firm.firmId());
        assertEquals("FI", firm.country());
        assertEquals(List.of("DE", "GR"), firm.targetCountries());
        assertEquals(List.of("UNIVERSITY"), firm.preferredPartnerKinds());
        assertEquals("cordis:999908587/1", firm.externalId());
        assertEquals("aino@photonics.example", firm.introductionContact().email());
        assertTrue(firm.countsAsSme());
    }

    @Test
    void anOldFirmEventDecodesItsMissingFieldsAsEmptyAndIgnoresUnknownOnes() {
        FirmSnapshot firm = CloudEventCodec.data(CloudEventCodec.decode(OLD_FIRM_UPDATED), FirmSnapshot.class);
        assertEquals("Nordic Photonics Oy", firm.legalName());
        assertEquals(List.of(), firm.preferredPartnerKinds());
        assertEquals(List.of(), firm.preferredChannels());
        assertNull(firm.onboardedBy());
        assertNull(firm.externalId());
        assertFalse(firm.countsAsSme());
    }

    @Test
    void theOtherPayloadsDecode() {
        assertEquals(
                "0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
                CloudEventCodec.data(CloudEventCodec.decode(FIRM_ERASED), FirmErased.class)
                        .firmId());
        OrganisationUpserted organisation =
                CloudEventCodec.data(CloudEventCodec.decode(ORGANISATION_UPSERTED), OrganisationUpserted.class);
        assertEquals("XK", organisation.country());
        assertEquals("RESEARCH_ORGANISATION", organisation.type());
        CollaborationRecorded recorded =
                CloudEventCodec.data(CloudEventCodec.decode(COLLABORATION_RECORDED), CollaborationRecorded.class);
        assertNull(recorded.endYear());
        assertEquals(
                new CollaborationRecorded.Party("cordis:999908587", "SUPPLIER"),
                recorded.parties().get(1));
        CollaborationClaimed claimed =
                CloudEventCodec.data(CloudEventCodec.decode(COLLABORATION_CLAIMED), CollaborationClaimed.class);
        assertEquals("cordis:999908587", claimed.awaitedKey());
        assertEquals("0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b", claimed.awaitedFirmId());
        assertNull(claimed.claimantFirmId());
        CollaborationClaimDecided decided = CloudEventCodec.data(
                CloudEventCodec.decode(COLLABORATION_CLAIM_DECIDED), CollaborationClaimDecided.class);
        assertEquals(claimed.key(), decided.key());
        assertEquals(CollaborationClaimDecided.Decision.REJECTED.name(), decided.outcome());
        assertEquals(OffsetDateTime.parse("2026-03-05T08:59:59.5Z"), decided.decidedAt());
        CollaborationEnded ended =
                CloudEventCodec.data(CloudEventCodec.decode(COLLABORATION_ENDED), CollaborationEnded.class);
        assertEquals(2026, ended.endYear());
        assertEquals(2, ended.organisationKeys().size());
        OrganisationErased erased =
                CloudEventCodec.data(CloudEventCodec.decode(ORGANISATION_ERASED), OrganisationErased.class);
        assertEquals("0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b", erased.firmId());
        assertNull(erased.mergedInto());
        RecommendationFeedbackGiven feedback =
                CloudEventCodec.data(CloudEventCodec.decode(FEEDBACK_GIVEN), RecommendationFeedbackGiven.class);
        assertEquals("TOO_FAR", feedback.reason());
        assertEquals(OffsetDateTime.parse("2026-03-02T11:00:00Z"), feedback.givenAt());
        PartnersSuggested suggested =
                CloudEventCodec.data(CloudEventCodec.decode(PARTNERS_SUGGESTED), PartnersSuggested.class);
        assertEquals(List.of("cordis:999908587", "cordis:999999999"), suggested.partnerKeys());
        RecommendationsUpdated updated =
                CloudEventCodec.data(CloudEventCodec.decode(RECOMMENDATIONS_UPDATED), RecommendationsUpdated.class);
        assertEquals(42, updated.graphVersion());
        assertEquals("XK", updated.recommendations().get(0).country());
    }

    @Test
    void introductionEventsInThePublishedFormatDecode() {
        CloudEvent<JsonNode> requestedEvent = CloudEventCodec.decode(INTRODUCTION_REQUESTED);
        assertEquals(
                EventType.IntroductionRequested,
                EventType.fromCloudEventType(requestedEvent.type()).orElseThrow());
        assertEquals("4f3e2d1c-0b9a-4877-8665-544332211000", requestedEvent.subject());
        IntroductionSnapshot requested = CloudEventCodec.data(requestedEvent, IntroductionSnapshot.class);
        assertEquals("4f3e2d1c-0b9a-4877-8665-544332211000", requested.introductionId());
        assertEquals("0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b", requested.firmId());
        assertEquals("cordis:999908587", requested.organisationKey());
        assertEquals("BROKER", requested.route());
        assertEquals("org-agency-demo", requested.brokerAgency());
        assertEquals("REQUESTED", requested.state());
        assertEquals("CO_DEVELOPMENT", requested.channel());
        assertTrue(requested.fromSuggestion());
        assertNull(requested.declineReason());
        assertNull(requested.agreementChannel());
        assertEquals(OffsetDateTime.parse("2026-03-03T08:30:00.248163Z"), requested.requestedAt());

        IntroductionSnapshot signed =
                CloudEventCodec.data(CloudEventCodec.decode(INTRODUCTION_AGREEMENT_SIGNED), IntroductionSnapshot.class);
        assertEquals("ORGANISATION", signed.route());
        assertNull(signed.brokerAgency());
        assertEquals("AGREEMENT_SIGNED", signed.state());
        assertEquals("LICENSING", signed.agreementChannel());
        assertEquals(OffsetDateTime.parse("2026-04-10T13:59:59.9Z"), signed.changedAt());

        IntroductionErased erased =
                CloudEventCodec.data(CloudEventCodec.decode(INTRODUCTION_ERASED), IntroductionErased.class);
        assertEquals(
                new IntroductionErased(
                        "4f3e2d1c-0b9a-4877-8665-544332211000",
                        "0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b",
                        "cordis:999908587"),
                erased);
    }

    @Test
    void aRecordEncodesToTheSameJsonItWasReadFrom() throws Exception {
        for (String json : List.of(
                FIRM_REGISTERED,
                ORGANISATION_UPSERTED,
                COLLABORATION_RECORDED,
                COLLABORATION_CLAIMED,
                COLLABORATION_CLAIM_DECIDED,
                COLLABORATION_ENDED,
                INTRODUCTION_REQUESTED,
                INTRODUCTION_ERASED)) {
            CloudEvent<JsonNode> event = CloudEventCodec.decode(json);
            Class<?> payload =
                    switch (EventType.fromCloudEventType(event.type()).orElseThrow()) {
                        case FirmRegistered -> FirmSnapshot.class;
                        case OrganisationUpserted -> OrganisationUpserted.class;
                        case CollaborationRecorded -> CollaborationRecorded.class;
                        case CollaborationClaimed -> CollaborationClaimed.class;
                        case CollaborationClaimDecided -> CollaborationClaimDecided.class;
                        case IntroductionRequested -> IntroductionSnapshot.class;
                        case IntroductionErased -> IntroductionErased.class;
                        default -> CollaborationEnded.class;
                    };
            Object data = CloudEventCodec.data(event, payload);
            JsonNode encoded = JSON.readTree(CloudEventCodec.encode(new CloudEvent<>(
                    event.specversion(),
                    event.id(),
                    event.source(),
                    event.type(),
                    event.subject(),
                    event.time(),
                    event.datacontenttype(),
                    event.dataschema(),
                    data)));
            assertEquals(JSON.readTree(json).get("data"), encoded.get("data"), json);
        }
    }
}
