package org.knowbridge.contracts.cordis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;

class CordisTypesTest {

    @Test
    void datasetWordsCordisCodesAndOurNamesMapToOneType() {
        assertEquals(Optional.of(OrganisationType.COMPANY), CordisTypes.organisationType("FIRM"));
        assertEquals(Optional.of(OrganisationType.COMPANY), CordisTypes.organisationType("company"));
        assertEquals(Optional.of(OrganisationType.COMPANY), CordisTypes.organisationType("PRC"));
        assertEquals(Optional.of(OrganisationType.UNIVERSITY), CordisTypes.organisationType("hes"));
        assertEquals(Optional.of(OrganisationType.RESEARCH_ORGANISATION), CordisTypes.organisationType("RESEARCH"));
        assertEquals(Optional.of(OrganisationType.RESEARCH_ORGANISATION), CordisTypes.organisationType("REC"));
        assertEquals(
                Optional.of(OrganisationType.RESEARCH_ORGANISATION),
                CordisTypes.organisationType("RESEARCH_ORGANISATION"));
        assertEquals(Optional.of(OrganisationType.PUBLIC_BODY), CordisTypes.organisationType(" PUB "));
        assertEquals(Optional.of(OrganisationType.OTHER), CordisTypes.organisationType("OTH"));
        assertEquals(Optional.empty(), CordisTypes.organisationType("SPACESHIP"));
        assertEquals(Optional.empty(), CordisTypes.organisationType(null));
    }

    @Test
    void aFirmIsNoKindOfPartnerByItsTypeAlone() {
        assertEquals(PartnerKind.OTHER, OrganisationType.COMPANY.partnerKind());
        assertEquals(PartnerKind.UNIVERSITY, OrganisationType.UNIVERSITY.partnerKind());
        assertEquals(PartnerKind.CONSULTANCY, OrganisationType.CONSULTANCY.partnerKind());
    }
}
