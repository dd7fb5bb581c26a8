package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    @Test
    void newSuggestionsSayHowManyAndLeadToThem() {
        Notifications.Notification news =
                notification("SUGGESTIONS_NEW", Map.of("partnerKeys", List.of("cordis:1", "cordis:2")));

        assertEquals("2 new suggested partners for your firm.", news.sentence());
        assertTrue(news.aboutSuggestions());
    }

    @Test
    void anIntroductionIsToldInWordsAndAKindNotKnownYetByItsName() {
        assertEquals(
                "Someone asked to be introduced to you.",
                notification("INTRODUCTION_RECEIVED", Map.of()).sentence());
        assertFalse(notification("INTRODUCTION_RECEIVED", Map.of()).aboutSuggestions());
        assertEquals("Meeting planned.", notification("MEETING_PLANNED", null).sentence());
    }

    private static Notifications.Notification notification(String kind, Map<String, Object> data) {
        return new Notifications.Notification(
                "n1", kind, "subject", data, OffsetDateTime.parse("2026-12-04T20:56:42Z"), false);
    }
}
