package org.knowbridge.partnergraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.OrganisationType;

class DatasetRowsTest {

    private static final Map<String, Integer> ORGANISATION_COLUMNS =
            Map.of("id", 0, "name", 1, "country", 2, "type", 3, "sme", 4, "city", 5, "nuts", 6);

    @Test
    void mapsCordisTypesToOrganisationTypes() throws Exception {
        assertEquals(OrganisationType.COMPANY, DatasetRows.type("FIRM"));
        assertEquals(OrganisationType.COMPANY, DatasetRows.type("COMPANY"));
        assertEquals(OrganisationType.UNIVERSITY, DatasetRows.type("UNIVERSITY"));
        assertEquals(OrganisationType.RESEARCH_ORGANISATION, DatasetRows.type("RESEARCH"));
        assertEquals(OrganisationType.PUBLIC_BODY, DatasetRows.type("PUBLIC_BODY"));
        assertEquals(OrganisationType.OTHER, DatasetRows.type("OTHER"));
        assertThrows(DatasetRows.InvalidRow.class, () -> DatasetRows.type("SPACESHIP"));
    }

    @Test
    void normalisesEuCountryCodes() throws Exception {
        assertEquals("GR", DatasetRows.country("EL"));
        assertEquals("GB", DatasetRows.country("UK"));
        assertEquals("XK", DatasetRows.country("XK"));
        assertNull(DatasetRows.country(""));
        assertThrows(DatasetRows.InvalidRow.class, () -> DatasetRows.country("ZZ"));
    }

    @Test
    void prefixesKeysWithTheSource() throws Exception {
        Map<String, Object> row = new DatasetRows("cordis", ORGANISATION_COLUMNS)
                .organisation(List.of("999908587", "Acme Oy", "FI", "FIRM", "true", "", "FI1B1"));
        assertEquals("cordis:999908587", row.get("key"));
        assertEquals(true, row.get("sme"));
        assertNull(row.get("city"));
    }

    @Test
    void namesTheColumnOfABadValue() {
        DatasetRows rows = new DatasetRows("cordis", ORGANISATION_COLUMNS);
        DatasetRows.InvalidRow error = assertThrows(
                DatasetRows.InvalidRow.class,
                () -> rows.organisation(List.of("1", "Acme", "FI", "FIRM", "maybe", "", "")));
        assertEquals("sme: 'maybe' is neither true nor false", error.getMessage());
    }
}
