package org.knowbridge.firmprofiles.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.firmprofiles.domain.FirmProfile;
import org.knowbridge.firmprofiles.service.FirmProfileInput;
import org.knowbridge.firmprofiles.service.ProfileNormaliser;

class ProfileMergeTest {

    private static final FirmProfile CURRENT = new FirmProfile(
            "Acme Oy",
            "FI",
            "FI1B1",
            "C26.1",
            12,
            900_000L,
            2001,
            0.3,
            0.1,
            List.of("photonics"),
            List.of("ai"),
            List.of("DE"),
            List.of(PartnerKind.SUPPLIER),
            List.of());

    @Test
    void fieldsTheLineLeavesOutKeepTheirValue() {
        FirmProfileInput line = FirmProfileInput.named("Acme Oyj", "FI");
        FirmProfile merged = ProfileMerge.merge(CURRENT, line, ProfileNormaliser.normalise(line));
        assertEquals("Acme Oyj", merged.legalName());
        assertEquals(12, merged.employees());
        assertEquals(List.of("photonics"), merged.knowledgeAreasOffered());
        assertEquals(List.of(PartnerKind.SUPPLIER), merged.preferredPartnerKinds());
    }

    @Test
    void fieldsTheLineGivesWinNormalised() {
        FirmProfileInput line = new FirmProfileInput(
                "Acme Oy",
                "FI",
                "fi1c1",
                null,
                300,
                null,
                null,
                null,
                null,
                List.of("lasers"),
                null,
                List.of("EL"),
                null,
                null);
        FirmProfile merged = ProfileMerge.merge(CURRENT, line, ProfileNormaliser.normalise(line));
        assertEquals("FI1C1", merged.nutsRegion());
        assertEquals(300, merged.employees());
        assertEquals(900_000L, merged.turnoverEur());
        assertEquals(List.of("lasers"), merged.knowledgeAreasOffered());
        assertEquals(List.of("GR"), merged.targetCountries());
        assertEquals(List.of("ai"), merged.knowledgeAreasSought());
    }

    @Test
    void aLineEqualToTheProfileMergesToTheSameProfile() {
        FirmProfileInput line = FirmProfileInput.named("Acme Oy", "FI");
        assertEquals(CURRENT, ProfileMerge.merge(CURRENT, line, ProfileNormaliser.normalise(line)));
    }
}
