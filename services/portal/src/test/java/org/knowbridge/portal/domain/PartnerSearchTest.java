package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartnerSearchTest {

    private final PartnerSearch sensorsInFrance = new PartnerSearch("gas sensors", "FR", null, null, "c2");

    @Test
    void aFacetKeepsTheWordsAndTheOtherFacetsAndStartsAgainAtTheFirstPage() {
        assertEquals("?q=gas+sensors&country=FR&type=UNIVERSITY", sensorsInFrance.withType("UNIVERSITY"));
        assertEquals("?q=gas+sensors&country=DE", sensorsInFrance.withCountry("DE"));
        assertEquals("?q=gas+sensors&country=FR&sme=true", sensorsInFrance.withSme("true"));
    }

    @Test
    void theNextPageKeepsEverythingButTheCursor() {
        assertEquals("?q=gas+sensors&country=FR&cursor=c3", sensorsInFrance.nextPage("c3"));
    }

    @Test
    void clearingTheFacetsKeepsTheWords() {
        assertTrue(sensorsInFrance.narrowed());
        assertEquals("?q=gas+sensors", sensorsInFrance.wordsOnly());
        assertFalse(new PartnerSearch(" ", "", "", null, null).narrowed());
        assertEquals("", new PartnerSearch(" ", "", "", null, null).query());
    }
}
