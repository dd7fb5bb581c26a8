package org.knowbridge.partnergraph.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.RealStackResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The foreign-collaboration indicator per size class as well as per sector: platform firms by the size class
 * their profile gives, register organisations (which only flag SMEs) under UNKNOWN size.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IndicatorSizeClassTest {

    // Palau: no register file, demo firm or other test puts an organisation there, so the platform firms of this
    // test are the country's only ones and its figures can be checked exactly.
    private static final String COUNTRY = "PW";

    @Inject
    Driver driver;

    @Test
    void smeFirmsAreCountedPerSizeClassBesideTheSectorGroups() {
        eraseLeftPlatformFirms();
        String source = TestData.newSource();
        String job = TestData.startImport(source, "organisations", """
                id,name,country,type,sme,city,nuts
                1,Palau Register Firm,PW,FIRM,true,,
                2,Partner University,FR,UNIVERSITY,false,,
                """, "projects", """
                id,acronym,year,programme,topic,knowledge_areas
                7,SIZES,2023,HORIZON,HORIZON-CL4-2023,/engineering and technology
                """, "participations", """
                project_id,organisation_id,year,role
                7,1,2023,COORDINATOR
                7,2,2023,PARTICIPANT
                """);
        assertEquals("SUCCEEDED", TestData.awaitImport(job).getString("state"));
        String foreignPartner = TestData.organisation(TestData.newKey(), "Lab Abroad", "FR", "UNIVERSITY", false, null);

        List<String> firms = new ArrayList<>();
        try {
            String abroad = platformFirm("Palau Small One", "C26", "SMALL", firms);
            platformFirm("Palau Small Two", "C26", "SMALL", firms);
            platformFirm("Palau Micro", "J62", "MICRO", firms);
            TestData.collaboration(abroad, "CUSTOMER", foreignPartner, "UNIVERSITY", "CO_DEVELOPMENT", 2024);

            JsonPath country = TestData.indicator(Map.of("country", COUNTRY));
            // Smallest first; the register's SMEs of this and earlier runs under UNKNOWN, no MEDIUM or LARGE firm.
            assertEquals(List.of("MICRO", "SMALL", "UNKNOWN"), country.getList("bySize.sizeClass"));
            assertEquals(List.of(COUNTRY, COUNTRY, COUNTRY), country.getList("bySize.country"));
            assertEquals(1L, country.getLong("bySize[0].smeFirms"));
            assertEquals(0L, country.getLong("bySize[0].withForeignCollaboration"));
            assertEquals(0.0, country.getDouble("bySize[0].share"));
            assertEquals(2L, country.getLong("bySize[1].smeFirms"));
            assertEquals(1L, country.getLong("bySize[1].withForeignCollaboration"));
            assertEquals(0.5, country.getDouble("bySize[1].share"));
            assertEquals(1L, country.getLong("bySize[1].byPartnerKind.find { it.value == 'UNIVERSITY' }.firms"));
            assertEquals(0.5, country.getDouble("bySize[1].byPartnerKind.find { it.value == 'UNIVERSITY' }.share"));
            assertEquals(1L, country.getLong("bySize[1].byChannel.find { it.value == 'CO_DEVELOPMENT' }.firms"));
            assertEquals(0L, country.getLong("bySize[1].byChannel.find { it.value == 'PROJECT_EXCHANGE' }.firms"));
            assertEquals(List.of(), nonNull(country.getList("bySize.sector")), "the size breakdown names no sector");

            // The sector groups still say the sector, and name no size class.
            String c26 = "groups.find { it.sector == 'C26' }";
            assertEquals(2L, country.getLong(c26 + ".smeFirms"));
            assertEquals(1L, country.getLong(c26 + ".withForeignCollaboration"));
            assertEquals(0.5, country.getDouble(c26 + ".share"));
            String j62 = "groups.find { it.sector == 'J62' }";
            assertEquals(1L, country.getLong(j62 + ".smeFirms"));
            assertEquals(0L, country.getLong(j62 + ".withForeignCollaboration"));
            assertEquals(List.of(), nonNull(country.getList("groups.sizeClass")));
            assertNull(country.get("total.sizeClass"));

            // The register knows only that its organisation is an SME: UNKNOWN size, and UNKNOWN sector.
            JsonPath register = TestData.indicator(Map.of("country", COUNTRY, "source", source));
            assertEquals(1L, register.getLong("total.smeFirms"));
            assertEquals(List.of("UNKNOWN"), register.getList("bySize.sizeClass"));
            assertEquals(1L, register.getLong("bySize[0].smeFirms"));
            assertEquals(1L, register.getLong("bySize[0].withForeignCollaboration"));
            assertEquals(1.0, register.getDouble("bySize[0].share"));
            assertEquals(1L, register.getLong("bySize[0].byChannel.find { it.value == 'PROJECT_EXCHANGE' }.firms"));
            assertEquals(List.of("UNKNOWN"), register.getList("groups.sector"));
        } finally {
            firms.forEach(IndicatorSizeClassTest::erase);
        }
    }

    /** A published platform firm of {@code COUNTRY}, mirrored; its id, also added to {@code firms}. */
    private static String platformFirm(String name, String sector, String sizeClass, List<String> firms) {
        String firmId = UUID.randomUUID().toString();
        firms.add(firmId);
        MirroredFirms.publish(
                firmId,
                List.of(MirroredFirms.firmEvent(
                        EventType.FirmRegistered.name(),
                        firmId,
                        name,
                        COUNTRY,
                        sector,
                        sizeClass,
                        "PUBLISHED",
                        true,
                        MirroredFirms.DEMO_AGENCY,
                        null)));
        MirroredFirms.awaitOrganisation(firmId, status -> status == 200);
        return firmId;
    }

    private static void erase(String firmId) {
        MirroredFirms.publish(firmId, List.of(MirroredFirms.erased(firmId)));
        MirroredFirms.awaitOrganisation(firmId, status -> status == 404);
    }

    /** Platform firms an interrupted earlier run left in the country would spoil the exact figures. */
    private void eraseLeftPlatformFirms() {
        List<String> left;
        try (Session session = driver.session()) {
            left = session.executeRead(tx -> tx.run(
                            "MATCH (o:Organisation {country: $country}) WHERE o.firmId IS NOT NULL RETURN o.firmId AS id",
                            Map.of("country", COUNTRY))
                    .list(r -> r.get("id").asString()));
        }
        left.forEach(IndicatorSizeClassTest::erase);
    }

    private static List<Object> nonNull(List<Object> values) {
        return values.stream().filter(v -> v != null).toList();
    }
}
