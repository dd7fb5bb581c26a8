package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionFiltersTest {

    @Test
    void blankFiltersMeanAny() {
        SuggestionFilters filters = new SuggestionFilters(" ", "", null);

        assertFalse(filters.any());
        assertEquals(List.of(), filters.countries());
        assertEquals("", filters.query());
    }

    @Test
    void chosenFiltersGoToTheApiAndBackIntoTheListsAddress() {
        SuggestionFilters filters = new SuggestionFilters("FR", "UNIVERSITY", "CO_DEVELOPMENT");

        assertTrue(filters.any());
        assertEquals(List.of("FR"), filters.countries());
        assertEquals(List.of("UNIVERSITY"), filters.kinds());
        assertEquals(List.of("CO_DEVELOPMENT"), filters.channels());
        assertEquals("?country=FR&kind=UNIVERSITY&channel=CO_DEVELOPMENT", filters.query());
    }

    @Test
    void aValueIsEncodedInTheAddress() {
        assertEquals("?country=F%26R", new SuggestionFilters("F&R", null, null).query());
    }
}
