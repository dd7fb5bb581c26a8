package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.partnergraph.domain.DatasetSource;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.partnergraph.service.ImportService;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.importing.ImportSettings;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk import of collaboration datasets (organisations, projects, participations)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENCY, Roles.ADMIN})
public class ImportResource {

    private final ImportService imports;
    private final Caller caller;
    private final PublicUrl publicUrl;
    private final long maxFileBytes;

    public ImportResource(ImportService imports, Caller caller, PublicUrl publicUrl, ImportSettings settings) {
        this.imports = imports;
        this.caller = caller;
        this.publicUrl = publicUrl;
        this.maxFileBytes = settings.maxFileBytes();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "importDataset",
            summary = "Import a dataset",
            description =
                    "Multipart parts organisations, projects and participations (CSV as in the evaluation protocol), "
                            + "any of them; the import runs in the background. Keys become <source>:<id>; a re-import changes nothing.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; follow Location for progress",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No file was sent, the multipart body is cut short or malformed, or a file's header lacks a "
                    + "required column")
    @APIResponse(responseCode = "413", description = "A file is larger than allowed")
    public Response submit(
            @RestForm("organisations") @Schema(type = SchemaType.STRING, format = "binary") FileUpload organisations,
            @RestForm("projects") @Schema(type = SchemaType.STRING, format = "binary") FileUpload projects,
            @RestForm("participations") @Schema(type = SchemaType.STRING, format = "binary") FileUpload participations,
            @RestQuery("source") @Pattern(regexp = DatasetSource.PATTERN, message = DatasetSource.MESSAGE)
                    String source,
            UriInfo uriInfo) {
        Map<CordisFile, java.nio.file.Path> files = new EnumMap<>(CordisFile.class);
        add(files, CordisFile.ORGANISATIONS, organisations);
        add(files, CordisFile.PROJECTS, projects);
        add(files, CordisFile.PARTICIPATIONS, participations);
        var job = imports.submit(files, source == null ? "cordis" : source, caller);
        return Response.accepted(ImportJobView.of(job))
                .location(publicUrl.ofRequest(uriInfo).path(job.id()).build())
                .build();
    }

    @GET
    @Operation(
            operationId = "listImports",
            summary = "List past imports",
            description = "The caller's imports, newest first, in pages: an agency sees those it started, an admin all "
                    + "(also imports from before owners were recorded). Items carry the counts per file; read an import "
                    + "for its failed lines.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = ImportJobPage.class)))
    @APIResponse(responseCode = "400", description = "An invalid limit or cursor")
    public ImportJobPage list(
            @Parameter(description = "nextCursor of the previous page") @RestQuery("cursor") @Size(max = 200)
                    String cursor,
            @RestQuery("limit") @DefaultValue("20") @Min(1) @Max(ImportJobCursor.MAX_LIMIT) int limit) {
        List<ImportJob> found = imports.list(ImportJobCursor.parse(cursor), limit, caller);
        boolean more = found.size() > limit;
        List<ImportJob> page = more ? found.subList(0, limit) : found;
        ImportJob last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new ImportJobPage(
                page.stream().map(ImportJobPage.Item::of).toList(),
                more ? ImportJobCursor.after(last.submittedAt().toInstant(), last.id()) : null);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "Progress of an import",
            description =
                    "State, and per file the rows processed, created, updated, unchanged and failed, with the failed lines. Readable by the agency that started it and admins.")
    public ImportJobView get(@PathParam("id") @Pattern(regexp = "[0-9a-f-]{36}") String id) {
        return ImportJobView.of(imports.find(id, caller));
    }

    private void add(Map<CordisFile, java.nio.file.Path> files, CordisFile file, FileUpload upload) {
        if (upload == null) {
            return;
        }
        if (upload.size() > maxFileBytes) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    file.fileName() + " has " + upload.size() + " bytes, more than the " + maxFileBytes + " allowed",
                    List.of(new Problem.FieldError(
                            file.name().toLowerCase(java.util.Locale.ROOT), "larger than " + maxFileBytes + " bytes")));
        }
        files.put(file, upload.uploadedFile());
    }
}
