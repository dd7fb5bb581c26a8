package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileFormTest {

    private final Firm current = new Firm(
            "f-1",
            "Aurora Optics Oy",
            "FI",
            "C26.7",
            "FI1B",
            "SMALL",
            25,
            3_000_000L,
            0.4,
            0.1,
            2012,
            List.of("optics"),
            List.of("photonics"),
            List.of("DE"),
            List.of("UNIVERSITY"),
            List.of("CO_DEVELOPMENT"),
            "DRAFT");

    @Test
    void fieldsTheFormDoesNotShowAreKeptAndTheOthersReplaced() {
        ProfileForm form = new ProfileForm(
                " Aurora Photonics Oy ",
                "fi",
                "C26.7",
                "30",
                "2012",
                "photonics\n\n machine learning \nphotonics",
                "optics",
                "de, fr  EL",
                List.of("COMPANY"));

        Map<String, Object> input = form.over(current);

        assertEquals("Aurora Photonics Oy", input.get("legalName"));
        assertEquals("FI", input.get("country"));
        assertEquals(30L, input.get("employees"));
        assertEquals(List.of("photonics", "machine learning"), input.get("knowledgeAreasSought"));
        assertEquals(List.of("DE", "FR", "EL"), input.get("targetCountries"));
        assertEquals(List.of("COMPANY"), input.get("preferredPartnerKinds"));
        // not on the form: kept as they were, since a replacement without them would make them unknown
        assertEquals(3_000_000L, input.get("turnoverEur"));
        assertEquals(0.4, input.get("exportShare"));
        assertEquals("FI1B", input.get("nutsRegion"));
        assertEquals(List.of("CO_DEVELOPMENT"), input.get("preferredChannels"));
    }

    @Test
    void anEmptiedFieldBecomesUnknownAndAWordWhereANumberGoesIsSentAsTyped() {
        ProfileForm form = new ProfileForm("Aurora", "FI", "", "many", "", "", "", "", null);

        Map<String, Object> input = form.over(current);

        assertFalse(input.containsKey("sector"));
        assertFalse(input.containsKey("foundingYear"));
        assertEquals("many", input.get("employees"), "so that the service's refusal names the field");
        assertEquals(List.of(), input.get("knowledgeAreasSought"));
        assertEquals(List.of(), input.get("preferredPartnerKinds"));
    }

    @Test
    void theFormOfAProfileSendsTheSameProfileBack() {
        ObjectMapper json = new ObjectMapper();

        assertEquals(
                json.valueToTree(current.asInput()).toString(),
                json.valueToTree(ProfileForm.of(current).over(current)).toString());
    }
}
