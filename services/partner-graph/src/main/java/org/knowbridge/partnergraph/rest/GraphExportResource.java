package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.partnergraph.service.GraphExportService;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/graph/export")
@Tag(name = "Export", description = "The whole graph in one response, for services that load it at start")
public class GraphExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final GraphExportService export;

    public GraphExportResource(GraphExportService export) {
        this.export = export;
    }

    @GET
    @Produces(NDJSON)
    @RolesAllowed({Roles.ADMIN, Roles.GRAPH_EXPORT})
    @Operation(operationId = "exportGraph", summary = "Export the whole graph as JSON Lines", description = """
                    Admins and the graph-export role (the recommendations service account) only. Streamed, one JSON object per line, read in one \
                    transaction: all organisations, then all projects, then all confirmed bilateral collaborations \
                    (never a pending claim), each kind ordered by key. The lines:

                    {"kind":"organisation","key":"cordis:999908587","name":"…","country":"DE" or null,\
                    "type":"COMPANY|UNIVERSITY|RESEARCH_ORGANISATION|PUBLIC_BODY|CONSULTANCY|OTHER","sme":true,\
                    "sector":"C26" or null,"firmId":"<id of the platform firm this node is>" or null,\
                    "onboardedBy":"<org_id of the agency that onboarded that firm>" or null,\
                    "knowledgeAreas":["<areas the organisation declares>"] (empty when none)}

                    {"kind":"project","key":"cordis:101039048","year":2021,"acronym":"GanESS" or null,"programme":"HORIZON",\
                    "topic":"ERC-2021-STG",\
                    "knowledgeAreas":["/engineering and technology/…"],"participants":["cordis:968784300","…"]} \
                    (distinct participant keys, ordered)

                    {"kind":"collaboration","key":"collab:…","channel":"CO_DEVELOPMENT","startYear":2023,\
                    "endYear":2025 or null,"outcome":"UNKNOWN","source":"SELF_REPORTED|AGENCY|IMPORTED|INTRODUCTION",\
                    "parties":[{"organisationKey":"…","partnerKind":"SUPPLIER"},{…}],"knowledgeAreas":[]}

                    Joint projects are not repeated as collaborations: their participants are on the project line.""")
    @APIResponse(
            responseCode = "200",
            description = "The graph, one JSON object per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public StreamingOutput export() {
        return export::writeTo;
    }
}
