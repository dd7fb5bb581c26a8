package org.knowbridge.firmprofiles.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.firmprofiles.service.importing.FirmImportService;
import org.knowbridge.firmprofiles.service.importing.ImportFormat;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/firms/imports")
@Tag(name = "Bulk onboarding", description = "Agencies onboard many firms at once")
@Produces(MediaType.APPLICATION_JSON)
public class FirmImportResource {

    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/x-ndjson";
    static final String JSON_LINES_ALIAS = "application/jsonl";

    private final FirmImportService imports;
    private final PublicUrl publicUrl;

    public FirmImportResource(FirmImportService imports, PublicUrl publicUrl) {
        this.imports = imports;
        this.publicUrl = publicUrl;
    }

    @POST
    @Consumes({CSV, JSON_LINES, JSON_LINES_ALIAS})
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "importFirms",
            summary = "Import firms from a file",
            description = "CSV with a header row (the CORDIS organisations.csv columns "
                    + "id,name,country,type,sme,city,nuts, where only sme=true rows become firms with external id cordis:<id>; or externalId and "
                    + "profile field names, lists separated by |), or JSON Lines (one object per line: externalId and profile fields). "
                    + "Firms are upserted by external id: importing the same file again changes nothing. Runs in the background; "
                    + "follow its progress at the Location.")
    @RequestBody(
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = JSON_LINES_ALIAS, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "202",
            description = "Started",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "The file's header cannot be understood")
    @APIResponse(responseCode = "413", description = "Too many lines")
    public Uni<Response> start(@NotNull @Size(max = 20_000_000) String content, HttpHeaders headers, UriInfo uriInfo) {
        MediaType type = headers.getMediaType();
        ImportFormat format =
                type != null && type.getSubtype().equalsIgnoreCase("csv") ? ImportFormat.CSV : ImportFormat.JSON_LINES;
        // Resolved now: the public URL needs the request, which a later callback may run without.
        UriBuilder location = publicUrl.ofRequest(uriInfo);
        return imports.start(format, content)
                .map(job -> Response.accepted(ImportJobView.started(job))
                        .location(location.path(job.id.toString()).build())
                        .build());
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "listFirmImports",
            summary = "List past imports",
            description =
                    "The caller's imports, newest first, in pages: an agency sees those it started, an admin all. "
                            + "Items carry the counts; read an import for its line errors.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = ImportJobPage.class)))
    @APIResponse(responseCode = "400", description = "An invalid limit or cursor")
    public Uni<ImportJobPage> list(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 200)
                    String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(ImportJobCursor.MAX_LIMIT) int limit) {
        return imports.list(ImportJobCursor.parse(cursor), limit).map(found -> {
            boolean more = found.size() > limit;
            List<ImportJob> page = more ? found.subList(0, limit) : found;
            ImportJob last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new ImportJobPage(
                    page.stream().map(ImportJobPage.Item::of).toList(),
                    more ? ImportJobCursor.after(last.createdAt.toInstant(), last.id) : null);
        });
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "getFirmImport",
            summary = "Read an import's progress",
            description = "Readable while it runs, by the agency that started it and admins.")
    public Uni<ImportJobView> progress(@PathParam("jobId") UUID jobId) {
        return imports.progress(jobId).map(ImportJobView::of);
    }
}
