package org.knowbridge.partnergraph.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.contracts.cordis.CsvLines;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.partnergraph.service.DatasetImporter;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.platform.testing.RealStackResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The foreign-collaboration indicator counts each real firm once: the register's SMEs as a count made directly
 * from the files of data/cordis-he says, and a firm linked to its register's node as that one node.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class IndicatorCountingTest {

    private static final Path CORDIS = RealStack.repositoryRoot().resolve("data/cordis-he");

    @Inject
    Driver driver;

    @Inject
    DatasetImporter importer;

    @Test
    void theRegistersFinnishAndEstonianSmesAreCountedAsTheDataHasThem() throws IOException {
        ensureCordisImported();
        Expected expected = Expected.from(CORDIS);
        for (String country : List.of("FI", "EE")) {
            JsonPath total = TestData.indicator(Map.of("country", country, "source", "cordis"));
            assertEquals(expected.smes(country), total.getLong("total.smeFirms"), country + " SMEs");
            assertEquals(
                    expected.withForeignPartner(country),
                    total.getLong("total.withForeignCollaboration"),
                    country + " SMEs with a foreign partner");
        }
    }

    @Test
    void aFirmCountsOnceWhetherItsClaimIsPendingOrVerifiedAndNotAfterItsErasure() {
        String source = TestData.newSource();
        String job = TestData.startImport(source, "organisations", """
                id,name,country,type,sme,city,nuts
                1,Counted Once SL,AD,FIRM,true,,
                2,Foreign University,FR,UNIVERSITY,false,,
                """, "projects", """
                id,acronym,year,programme,topic,knowledge_areas
                9,ONCE,2022,HORIZON,HORIZON-CL4-2022,/engineering and technology/nano
                """, "participations", """
                project_id,organisation_id,year,role
                9,1,2022,COORDINATOR
                9,2,2022,PARTICIPANT
                """);
        assertEquals("SUCCEEDED", TestData.awaitImport(job).getString("state"));
        String register = source + ":1";
        long before = TestData.indicator(Map.of("country", "AD")).getLong("total.smeFirms");
        assertEquals(
                1L,
                TestData.indicator(Map.of("country", "AD", "source", source)).getLong("total.smeFirms"));

        // A published firm claiming the register's node: still one firm, pending or verified.
        String firmId = UUID.randomUUID().toString();
        MirroredFirms.publish(
                firmId,
                List.of(MirroredFirms.firmEvent(
                        EventType.FirmRegistered.name(),
                        firmId,
                        "Counted Once SL",
                        "AD",
                        MirroredFirms.DEMO_AGENCY,
                        register)));
        MirroredFirms.awaitOrganisation(firmId, status -> status == 200);
        assertEquals(before, TestData.indicator(Map.of("country", "AD")).getLong("total.smeFirms"), "pending claim");
        MirroredFirms.verifyLink(firmId, DemoUsers.ADMIN);
        JsonPath linked = TestData.indicator(Map.of("country", "AD"));
        assertEquals(before, linked.getLong("total.smeFirms"), "linked: one node");
        JsonPath registerOnly = TestData.indicator(Map.of("country", "AD", "source", source));
        assertEquals(1L, registerOnly.getLong("total.smeFirms"));
        assertEquals(1L, registerOnly.getLong("total.withForeignCollaboration"));
        // The firm's sector, from firm-profiles, reaches the indicators through the one node.
        assertEquals("C26", registerOnly.getString("groups[0].sector"));

        MirroredFirms.publish(firmId, List.of(MirroredFirms.erased(firmId)));
        MirroredFirms.awaitOrganisation(firmId, status -> status == 404);
        assertEquals(before - 1, TestData.indicator(Map.of("country", "AD")).getLong("total.smeFirms"), "erased");
        assertEquals(
                0L,
                TestData.indicator(Map.of("country", "AD", "source", source)).getLong("total.smeFirms"));
    }

    /**
     * The demo's CORDIS import (./knowbridge up); imported here when the graph lacks it. A re-import writes
     * nothing.
     */
    private void ensureCordisImported() throws IOException {
        long organisations;
        try (Session session = driver.session()) {
            organisations = session.executeRead(
                    tx -> tx.run("MATCH (o:Organisation) WHERE o.source = 'cordis' RETURN count(o) AS n")
                            .single()
                            .get("n")
                            .asLong());
        }
        if (organisations >= Expected.rows(CORDIS.resolve("organisations.csv"))) {
            return;
        }
        // Through the importer itself: the files are larger than the upload limit of the test profile.
        ImportJob job = new ImportJob(
                UUID.randomUUID().toString(),
                "cordis",
                "indicator-counting-test",
                null,
                List.of(CordisFile.ORGANISATIONS, CordisFile.PROJECTS, CordisFile.PARTICIPATIONS));
        Map<CordisFile, Path> files = new java.util.EnumMap<>(CordisFile.class);
        for (CordisFile file : CordisFile.values()) {
            files.put(file, CORDIS.resolve(file.fileName()));
        }
        importer.run(job, files, () -> {});
    }

    /** The figures counted straight from the CSV files: SMEs by country, and those sharing a project abroad. */
    private record Expected(Map<String, String> countries, Set<String> smes, Map<String, Set<String>> partners) {

        static Expected from(Path folder) throws IOException {
            Map<String, String> countries = new HashMap<>();
            Set<String> smes = new HashSet<>();
            for (List<String> row : rowsOf(folder.resolve("organisations.csv"))) {
                // id,name,country,type,sme,city,nuts
                countries.put(
                        row.get(0).trim(), CountryCode.normalise(row.get(2)).orElse(""));
                if (row.get(4).trim().toLowerCase(Locale.ROOT).equals("true")) {
                    smes.add(row.get(0).trim());
                }
            }
            Map<String, Set<String>> members = new HashMap<>();
            for (List<String> row : rowsOf(folder.resolve("participations.csv"))) {
                // project_id,organisation_id,year,role
                members.computeIfAbsent(row.get(0).trim(), k -> new HashSet<>())
                        .add(row.get(1).trim());
            }
            Map<String, Set<String>> partners = new HashMap<>();
            for (Set<String> project : members.values()) {
                for (String organisation : project) {
                    partners.computeIfAbsent(organisation, k -> new HashSet<>()).addAll(project);
                }
            }
            return new Expected(countries, smes, partners);
        }

        long smes(String country) {
            return smes.stream().filter(id -> country.equals(countries.get(id))).count();
        }

        long withForeignPartner(String country) {
            return smes.stream()
                    .filter(id -> country.equals(countries.get(id)))
                    .filter(id -> partners.getOrDefault(id, Set.of()).stream()
                            .map(countries::get)
                            .anyMatch(c -> c != null && !c.isEmpty() && !c.equals(country)))
                    .count();
        }

        static long rows(Path file) throws IOException {
            return rowsOf(file).size();
        }

        /** The data rows (the header left out). */
        private static List<List<String>> rowsOf(Path file) throws IOException {
            List<List<String>> rows = new java.util.ArrayList<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CsvLines lines = CsvLines.of(reader)) {
                boolean header = true;
                for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
                    if (line instanceof CsvLines.Row row) {
                        if (!header) {
                            rows.add(row.fields());
                        }
                        header = false;
                    }
                }
            }
            return rows;
        }
    }
}
