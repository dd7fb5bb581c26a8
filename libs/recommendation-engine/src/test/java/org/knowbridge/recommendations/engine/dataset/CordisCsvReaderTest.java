package org.knowbridge.recommendations.engine.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
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
    void parsesQuotedFieldsAndReadsTypesAndKinds() throws IOException {
        files();
        Dataset d = new CordisCsvReader(dir).read(YearWindow.until(2021));
        Organisation acme = d.organisations().stream()
                .filter(o -> o.id().equals("1"))
                .findFirst()
                .orElseThrow();
        assertEquals("Acme, \"the\" firm", acme.name());
        assertTrue(acme.sme());
        assertEquals(OrganisationType.COMPANY, acme.type(), "FIRM, the older word, is a company");
        assertEquals(PartnerKind.OTHER, acme.kind());
        Organisation lab = d.organisations().stream()
                .filter(o -> o.id().equals("3"))
                .findFirst()
                .orElseThrow();
        assertEquals(OrganisationType.RESEARCH_ORGANISATION, lab.type());
        assertEquals(PartnerKind.RESEARCH_ORGANISATION, lab.kind());
        assertFalse(lab.sme());
    }

    @Test
    void everyWordOfTheTypeColumnBecomesTheOrganisationsType() throws IOException {
        Files.write(
                dir.resolve("organisations.csv"),
                List.of(
                        "id,name,country,type,sme,city,nuts",
                        "c,Company,FI,COMPANY,true,,",
                        "f,Firm,FI,firm,false,,",
                        "u,Uni,DE,UNIVERSITY,false,,",
                        "r,Lab,FR,RESEARCH,false,,",
                        "p,Agency,ES,PUBLIC_BODY,false,,",
                        "o,Other,IT,OTHER,false,,",
                        "x,Unknown,IT,SOMETHING_NEW,false,,"));
        Files.write(
                dir.resolve("projects.csv"),
                List.of("id,acronym,year,programme,topic,knowledge_areas", "p1,ONE,2021,HORIZON,CALL-1,"));
        Files.write(
                dir.resolve("participations.csv"),
                List.of(
                        "project_id,organisation_id,year,role",
                        "p1,c,2021,COORDINATOR",
                        "p1,f,2021,PARTICIPANT",
                        "p1,u,2021,PARTICIPANT",
                        "p1,r,2021,PARTICIPANT",
                        "p1,p,2021,PARTICIPANT",
                        "p1,o,2021,PARTICIPANT",
                        "p1,x,2021,PARTICIPANT"));
        Map<String, Organisation> byId = new CordisCsvReader(dir)
                .read(YearWindow.until(2021)).organisations().stream()
                        .collect(Collectors.toMap(Organisation::id, o -> o));
        assertEquals(OrganisationType.COMPANY, byId.get("c").type());
        assertTrue(byId.get("c").sme());
        assertEquals(OrganisationType.COMPANY, byId.get("f").type());
        assertFalse(byId.get("f").sme());
        assertEquals(OrganisationType.UNIVERSITY, byId.get("u").type());
        assertEquals(OrganisationType.RESEARCH_ORGANISATION, byId.get("r").type());
        assertEquals(OrganisationType.PUBLIC_BODY, byId.get("p").type());
        assertEquals(OrganisationType.OTHER, byId.get("o").type());
        assertEquals(OrganisationType.OTHER, byId.get("x").type(), "a word the mapping does not know");
        assertEquals(PartnerKind.UNIVERSITY, byId.get("u").kind());
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

    @Test
    void aLineThatCannotBeReadIsLeftOutAndReportedWhileTheOthersAreRead() throws IOException {
        files();
        java.io.ByteArrayOutputStream participations = new java.io.ByteArrayOutputStream();
        participations.writeBytes("project_id,organisation_id,year,role\np1,1,2021,COORDINATOR\n".getBytes(UTF_8));
        participations.writeBytes("p1,2,20\0 21,PARTICIPANT\n".getBytes(UTF_8));
        participations.writeBytes("p1,2é,2021,PARTICIPANT\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        participations.writeBytes("p1,2,soon,PARTICIPANT\np1,3\np1,3,2021,THIRD_PARTY\n".getBytes(UTF_8));
        Files.write(dir.resolve("participations.csv"), participations.toByteArray());
        List<String> reported = new ArrayList<>();

        Dataset d = new CordisCsvReader(dir, reported::add).read(YearWindow.until(2021));

        assertEquals(
                Set.of("1", "3"),
                d.collaborations().get(0).participants().stream()
                        .map(p -> p.organisationId())
                        .collect(Collectors.toSet()));
        assertEquals(4, reported.size(), reported.toString());
        assertTrue(reported.get(0).endsWith("participations.csv line 3: holds a NUL character"), reported.get(0));
        assertTrue(reported.get(1).endsWith("line 4: holds bytes that are not UTF-8"), reported.get(1));
        assertTrue(reported.get(2).contains("line 5: a number column holds no number"), reported.get(2));
        assertTrue(reported.get(3).endsWith("line 6: expected at least 4 fields, found 2"), reported.get(3));
    }
}
