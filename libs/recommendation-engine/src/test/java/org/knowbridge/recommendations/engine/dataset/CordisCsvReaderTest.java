package org.knowbridge.recommendations.engine.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;

class CordisCsvReaderTest {

    @TempDir
    Path dir;

    private void files() throws IOException {
        Files.write(
                dir.resolve("organisations.csv"),
                List.of(
                        "id,name,country,type,sme,city,nuts",
                        "1,\"Acme, \"\"the\"\" firm\",FI,FIRM,true,Espoo,FI1B1",
                        "2,Uni,DE,UNIVERSITY,false,,",
                        "3,Lab,FR,RESEARCH,false,Paris,FR101",
                        "4,Later,ES,PUBLIC_BODY,false,,"));
        Files.write(
                dir.resolve("projects.csv"),
                List.of(
                        "id,acronym,year,programme,topic,knowledge_areas",
                        "p1,ONE,2021,HORIZON,HORIZON-CL4-2021-01,/natural sciences/chemical sciences|/engineering and technology",
                        "p2,TWO,2022,HORIZON,HORIZON-CL4-2022-01,"));
        Files.write(
                dir.resolve("participations.csv"),
                List.of(
                        "project_id,organisation_id,year,role",
                        "p1,1,2021,COORDINATOR",
                        "p1,2,2021,PARTICIPANT",
                        "p1,3,2021,THIRD_PARTY",
                        "p2,1,2022,COORDINATOR",
                        "p2,4,2022,PARTICIPANT"));
    }

    @Test
    void readsProjectsAsCollaborationsOfTheirYearWithAreasAndCall() throws IOException {
        files();
        Dataset d = new CordisCsvReader(dir).read(YearWindow.until(2021));
        assertEquals(1, d.collaborations().size());
        Collaboration c = d.collaborations().get(0);
        assertEquals(2021, c.year());
        assertEquals(KnowledgeChannel.PROJECT_EXCHANGE, c.channel());
        assertEquals(3, c.participants().size());
        assertEquals(Set.of("/natural sciences/chemical sciences", "/engineering and technology"), c.knowledgeAreas());
        assertEquals("HORIZON-CL4-2021-01", c.programme());
    }

    @Test
    void parsesQuotedFieldsAndMapsTypesToKinds() throws IOException {
        files();
        Dataset d = new CordisCsvReader(dir).read(YearWindow.until(2021));
        Organisation acme = d.organisations().stream()
                .filter(o -> o.id().equals("1"))
                .findFirst()
                .orElseThrow();
        assertEquals("Acme, \"the\" firm", acme.name());
        assertTrue(acme.sme());
        assertEquals(PartnerKind.OTHER, acme.kind());
        Organisation lab = d.organisations().stream()
                .filter(o -> o.id().equals("3"))
                .findFirst()
                .orElseThrow();
        assertEquals(PartnerKind.RESEARCH_ORGANISATION, lab.kind());
    }

    @Test
    void leavesOutEverythingAfterTheWindowIncludingOrganisationsSeenOnlyLater() throws IOException {
        files();
        Dataset d = new CordisCsvReader(dir).read(YearWindow.until(2021));
        assertTrue(d.organisations().stream().noneMatch(o -> o.id().equals("4")));
        Dataset later = new CordisCsvReader(dir).read(YearWindow.between(2022, 2022));
        assertEquals(
                List.of("p2"),
                later.collaborations().stream().map(Collaboration::id).toList());
    }
}
