package org.knowbridge.contracts.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.SizeClass;

class EventTypeTest {

    @Test
    void everyTypeRoundTripsThroughItsCloudEventType() {
        for (EventType type : EventType.values()) {
            assertEquals("org.knowbridge." + type.name(), type.cloudEventType());
            assertEquals(Optional.of(type), EventType.fromCloudEventType(type.cloudEventType()));
        }
    }

    @Test
    void foreignAndUnknownTypesAreEmpty() {
        assertEquals(Optional.empty(), EventType.fromCloudEventType(null));
        assertEquals(Optional.empty(), EventType.fromCloudEventType("FirmRegistered"));
        assertEquals(Optional.empty(), EventType.fromCloudEventType("com.example.FirmRegistered"));
        assertEquals(Optional.empty(), EventType.fromCloudEventType("org.knowbridge.FirmMoved"));
    }

    @Test
    void everyTopicCarriesSomeTypeAndNamesItsVersion() {
        Set<Topic> used =
                Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        assertEquals(Set.of(Topic.values()), used);
        for (Topic topic : Topic.values()) {
            assertTrue(topic.topicName().matches("knowbridge\\.[a-z]+\\.v[0-9]+"), topic.topicName());
        }
        assertEquals(Topic.FIRMS, EventType.FirmErased.topic());
        assertEquals(Topic.COLLABORATIONS, EventType.CollaborationEnded.topic());
        assertEquals(Topic.COLLABORATIONS, EventType.OrganisationErased.topic());
        assertEquals(Topic.RECOMMENDATIONS, EventType.RecommendationFeedbackGiven.topic());
    }

    @Test
    void aFirmIsAnSmeUnlessItsSizeSaysLarge() {
        assertTrue(snapshot(null).countsAsSme());
        assertTrue(snapshot("MEDIUM").countsAsSme());
        assertEquals(false, snapshot("LARGE").countsAsSme());
        assertTrue(snapshot("GIANT").countsAsSme());
        assertEquals(Optional.empty(), snapshot("GIANT").knownSizeClass());
        assertEquals(Optional.of(SizeClass.SMALL), snapshot("SMALL").knownSizeClass());
    }

    @Test
    void onlyAPublishedListedFirmIsVisibleToPartners() {
        assertTrue(firm("PUBLISHED", true).visibleToPartners());
        assertEquals(false, firm("PUBLISHED", false).visibleToPartners());
        assertEquals(false, firm("SUBMITTED", true).visibleToPartners());
        assertEquals(false, firm("ARCHIVED", true).visibleToPartners());
        assertEquals(Optional.of(FirmStatus.SUBMITTED), firm("SUBMITTED", true).knownStatus());
    }

    @Test
    void listsAnOldEventLacksReadAsEmpty() {
        FirmSnapshot old = snapshot(null);
        assertEquals(
                0,
                old.knowledgeAreasOffered().size()
                        + old.preferredChannels().size()
                        + old.targetCountries().size());
    }

    private static FirmSnapshot firm(String status, boolean listed) {
        return new FirmSnapshot(
                "f1", "Firm", "FI", null, null, status, null, null, null, null, null, listed, null, null, null);
    }

    private static FirmSnapshot snapshot(String sizeClass) {
        return new FirmSnapshot(
                "f1", "Firm", "FI", null, sizeClass, "DRAFT", null, null, null, null, null, false, null, null, null);
    }
}
