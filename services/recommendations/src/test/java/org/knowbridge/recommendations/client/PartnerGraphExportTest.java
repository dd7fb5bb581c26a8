package org.knowbridge.recommendations.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.domain.GraphExport;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

/** The export's lines become the engine's organisations and collaborations, projects and bilateral alike. */
class PartnerGraphExportTest {

    private final PartnerGraphExport export =
            new PartnerGraphExport(URI.create("file:unused"), null, new ObjectMapper());

    private GraphExport parse(String... lines) throws Exception {
        return export.parse(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void organisationsKeepTheirTypeKindCountryAndSmeFlag() throws Exception {
        GraphExport graph = parse(
                "{\"kind\":\"organisation\",\"key\":\"cordis:1\",\"name\":\"Uni\",\"country\":\"EL\",\"type\":\"UNIVERSITY\",\"sme\":false,\"knowledgeAreas\":[\"/a/b\"]}",
                "{\"kind\":\"organisation\",\"key\":\"cordis:2\",\"name\":\"Firm\",\"country\":\"DE\",\"type\":\"FIRM\",\"sme\":true}");
        assertEquals(2, graph.organisations().size());
        var uni = graph.organisations().get(0);
        assertEquals(OrganisationType.UNIVERSITY, uni.type());
        assertEquals(PartnerKind.UNIVERSITY, uni.kind());
        assertEquals("GR", uni.country(), "countries as ISO codes everywhere");
        assertEquals(java.util.Set.of("/a/b"), uni.knowledgeAreas());
        assertEquals(
                OrganisationType.COMPANY, graph.organisations().get(1).type(), "the legacy FIRM is read as COMPANY");
        assertEquals(PartnerKind.OTHER, graph.organisations().get(1).kind());
        assertTrue(graph.organisations().get(1).sme());
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsOtherAndAMissingOneToo() throws Exception {
        GraphExport graph = parse(
                "{\"kind\":\"organisation\",\"key\":\"a\",\"name\":\"A\",\"country\":\"DE\",\"type\":\"COMPANY\",\"sme\":false}",
                "{\"kind\":\"organisation\",\"key\":\"b\",\"name\":\"B\",\"country\":\"DE\",\"type\":\"SPACE_AGENCY\",\"sme\":false}",
                "{\"kind\":\"organisation\",\"key\":\"c\",\"name\":\"C\",\"country\":\"DE\",\"sme\":true}");
        assertEquals(
                List.of(OrganisationType.COMPANY, OrganisationType.OTHER, OrganisationType.OTHER),
                graph.organisations().stream().map(o -> o.type()).toList());
    }

    @Test
    void projectsAndBilateralCollaborationsBecomeCollaborations() throws Exception {
        GraphExport graph = parse(
                "{\"kind\":\"project\",\"key\":\"cordis:p\",\"year\":2022,\"acronym\":\" SOLAR \",\"programme\":\"HORIZON\",\"topic\":\"HORIZON-CL5-2022-D3-01\",\"knowledgeAreas\":[\"/x\"],\"participants\":[\"a\",\"b\",\"c\"]}",
                "",
                "{\"kind\":\"collaboration\",\"key\":\"c1\",\"channel\":\"LICENSING\",\"startYear\":2020,\"endYear\":2023,\"outcome\":\"PROCESS_INNOVATION\",\"source\":\"AGENCY\",\"parties\":[{\"organisationKey\":\"a\",\"partnerKind\":\"SUPPLIER\"},{\"organisationKey\":\"d\",\"partnerKind\":\"CUSTOMER\"}]}",
                "{\"kind\":\"something-new\",\"key\":\"z\"}");
        assertEquals(2, graph.collaborations().size());
        Collaboration project = graph.collaborations().get(0);
        assertEquals(KnowledgeChannel.PROJECT_EXCHANGE, project.channel());
        assertEquals(2022, project.year());
        assertEquals("HORIZON-CL5-2022-D3-01", project.programme(), "the call line carries across years");
        assertEquals(
                List.of("a", "b", "c"),
                project.participants().stream().map(Participant::organisationId).toList());
        Collaboration bilateral = graph.collaborations().get(1);
        assertEquals(KnowledgeChannel.LICENSING, bilateral.channel());
        assertEquals(Outcome.PROCESS_INNOVATION, bilateral.outcome());
        assertEquals(2023, bilateral.endYear());
        assertEquals(
                List.of(new Participant("a", PartnerKind.SUPPLIER), new Participant("d", PartnerKind.CUSTOMER)),
                bilateral.participants());
        assertEquals(java.util.Map.of("cordis:p", "SOLAR"), graph.projectTitles(), "only projects have titles");
    }

    @Test
    void organisationsKeepTheirSectorForReasons() throws Exception {
        GraphExport graph = parse(
                "{\"kind\":\"organisation\",\"key\":\"firm-1\",\"name\":\"Firm\",\"country\":\"DE\",\"type\":\"FIRM\",\"sme\":true,\"sector\":\"C26.1\"}");
        assertEquals("C26", graph.organisations().get(0).sectorDivision());
    }
}
