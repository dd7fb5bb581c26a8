package org.knowbridge.firmprofiles.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.NacePrefix;
import org.knowbridge.contracts.vocabulary.SizeClass;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmQuery;
import org.knowbridge.firmprofiles.service.ConsentInput;
import org.knowbridge.firmprofiles.service.FirmAccess;
import org.knowbridge.firmprofiles.service.FirmProfileInput;
import org.knowbridge.firmprofiles.service.FirmService;
import org.knowbridge.firmprofiles.service.IntroductionContactInput;
import org.knowbridge.platform.http.ETags;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/firms")
@Tag(name = "Firms", description = "SME profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FirmResource {

    private final FirmService firms;
    private final FirmAccess access;
    private final PublicUrl publicUrl;

    public FirmResource(FirmService firms, FirmAccess access, PublicUrl publicUrl) {
        this.firms = firms;
        this.access = access;
        this.publicUrl = publicUrl;
    }

    @POST
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "createFirm",
            summary = "Create a firm",
            description = "An agency onboards a firm on its behalf; an SME user registers the DRAFT of its own firm.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = FirmView.class)),
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            schema = @Schema(type = SchemaType.STRING),
                            description = "The firm's version, for If-Match"))
    @APIResponse(responseCode = "409", description = "The SME's firm is already registered")
    public Uni<Response> create(@Valid @NotNull FirmProfileInput request, UriInfo uriInfo) {
        // Resolved now: the public URL needs the request, which a later callback may run without.
        UriBuilder location = publicUrl.ofRequest(uriInfo);
        return firms.create(request)
                .map(firm -> Response.created(location.path(firm.id.toString()).build())
                        .tag(ETags.of(firm.version))
                        .entity(FirmView.of(firm))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME, Roles.PARTNER})
    @Operation(
            operationId = "listFirms",
            summary = "List firms",
            description =
                    "The firms the caller may see, in pages: an SME its own, an agency those it onboarded, "
                            + "a partner the published firms that consented to be listed, an admin all. Items carry the public fields.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = FirmPage.class)))
    @APIResponse(responseCode = "400", description = "An invalid filter, limit or cursor")
    public Uni<FirmPage> list(
            @Parameter(description = "ISO 3166-1 alpha-2 country (EL and UK accepted)") @QueryParam("country") @Country
                    String country,
            @Parameter(description = "NACE Rev. 2 code or prefix, e.g. C26") @QueryParam("sector") @NacePrefix
                    String sector,
            @QueryParam("sizeClass")
                    @Pattern(
                            regexp = "MICRO|SMALL|MEDIUM|LARGE",
                            message = "must be one of MICRO, SMALL, MEDIUM, LARGE")
                    String sizeClass,
            @Parameter(description = "A knowledge area offered or sought, exactly as stored")
                    @QueryParam("knowledgeArea")
                    @Size(min = 1, max = 200)
                    String knowledgeArea,
            @QueryParam("status")
                    @Pattern(
                            regexp = "DRAFT|SUBMITTED|PUBLISHED|SUSPENDED",
                            message = "must be one of DRAFT, SUBMITTED, PUBLISHED, SUSPENDED")
                    String status,
            @Parameter(description = "Text the legal name contains, any case")
                    @QueryParam("q")
                    @Size(min = 1, max = 100)
                    String q,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 100)
                    String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        String isoCountry = country == null ? null : CountryCode.of(country);
        FirmQuery query = new FirmQuery(
                isoCountry,
                sector == null ? null : sector.toUpperCase(Locale.ROOT),
                sizeClass == null ? null : SizeClass.valueOf(sizeClass),
                knowledgeArea,
                status == null ? null : FirmStatus.valueOf(status),
                q,
                Cursors.parse(cursor),
                limit);
        return firms.list(query).map(found -> {
            boolean more = found.size() > limit;
            List<Firm> page = more ? found.subList(0, limit) : found;
            return new FirmPage(
                    page.stream().map(FirmSummary::of).toList(),
                    more ? Cursors.after(page.get(page.size() - 1).id) : null);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME, Roles.PARTNER})
    @Operation(
            operationId = "getFirm",
            summary = "Read a firm",
            description =
                    "Every field for the firm's SME account, its agency and admins (with its ETag); "
                            + "the public fields for partners, of published firms that consented to be listed. Answers 404 for a firm the caller may not see.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(anyOf = {FirmView.class, FirmSummary.class})))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return firms.find(id).map(firm -> {
            if (access.seesPublicFieldsOnly()) {
                return Response.ok(FirmSummary.of(firm)).build();
            }
            return withTag(firm);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "replaceFirm",
            summary = "Replace a firm's profile",
            description = "Needs the ETag of the firm as read in If-Match. Absent figures become unknown. "
                    + "Status and consent have their own operations.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    @APIResponse(responseCode = "412", description = "The firm changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<Response> update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the firm as last read") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull FirmProfileInput request) {
        long expected = ETags.expectedVersion(ifMatch, "firm");
        return firms.update(id, expected, request).map(FirmResource::withTag);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "submitFirm",
            summary = "Submit a firm for validation",
            description = "DRAFT (or SUSPENDED) becomes SUBMITTED.")
    @APIResponse(
            responseCode = "200",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    @APIResponse(responseCode = "409", description = "The firm's status does not allow it")
    public Uni<Response> submit(@PathParam("id") UUID id) {
        return firms.submit(id).map(FirmResource::withTag);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "publishFirm",
            summary = "Publish a validated firm",
            description = "SUBMITTED becomes PUBLISHED; by the onboarding agency or an admin.")
    @APIResponse(
            responseCode = "200",
            description = "Published",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    @APIResponse(responseCode = "409", description = "The firm's status does not allow it")
    public Uni<Response> publish(@PathParam("id") UUID id) {
        return firms.publish(id).map(FirmResource::withTag);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "suspendFirm",
            summary = "Suspend a firm",
            description = "SUBMITTED or PUBLISHED becomes SUSPENDED; by the onboarding agency or an admin.")
    @APIResponse(
            responseCode = "200",
            description = "Suspended",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    @APIResponse(responseCode = "409", description = "The firm's status does not allow it")
    public Uni<Response> suspend(@PathParam("id") UUID id) {
        return firms.suspend(id).map(FirmResource::withTag);
    }

    @PUT
    @Path("/{id}/consent")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "changeFirmConsent",
            summary = "Change the firm's consent",
            description = "Whether partners may see the published firm, and contact it.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    public Uni<Response> changeConsent(@PathParam("id") UUID id, @Valid @NotNull ConsentInput consent) {
        return firms.changeConsent(id, consent).map(FirmResource::withTag);
    }

    @PUT
    @Path("/{id}/introduction-contact")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "shareIntroductionContact",
            summary = "Share a contact on accepted introductions",
            description = "The contact (name, role, e-mail, phone optional) the firm consents to share with the other "
                    + "side of an introduction once that side accepted it; consentToShare must be true, and who "
                    + "consented and when is recorded. Never shown before acceptance, never to anyone else. Sharing "
                    + "another contact replaces it.")
    @APIResponse(
            responseCode = "200",
            description = "Shared",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    public Uni<Response> shareIntroductionContact(
            @PathParam("id") UUID id, @Valid @NotNull IntroductionContactInput contact) {
        return firms.shareIntroductionContact(id, contact).map(FirmResource::withTag);
    }

    @DELETE
    @Path("/{id}/introduction-contact")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "withdrawIntroductionContact",
            summary = "Withdraw the consent to share a contact",
            description = "The contact is deleted; introductions accepted from now on show none of it.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = FirmView.class)))
    public Uni<Response> withdrawIntroductionContact(@PathParam("id") UUID id) {
        return firms.withdrawIntroductionContact(id).map(FirmResource::withTag);
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "exportFirm",
            summary = "Export the firm's data (GDPR)",
            description = "Everything held about the firm, as a JSON download.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = @Content(schema = @Schema(implementation = FirmExport.class)))
    public Uni<Response> export(@PathParam("id") UUID id) {
        return firms.findManaged(id)
                .map(firm -> Response.ok(new FirmExport(OffsetDateTime.now(ZoneOffset.UTC), FirmView.of(firm)))
                        .header("Content-Disposition", "attachment; filename=\"firm-" + firm.id + ".json\"")
                        .build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(
            operationId = "eraseFirm",
            summary = "Erase a firm (GDPR)",
            description = "Deletes the firm; FirmErased tells every consumer to forget it.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Uni<Response> erase(@PathParam("id") UUID id) {
        return firms.erase(id).replaceWith(Response.noContent().build());
    }

    private static Response withTag(Firm firm) {
        return Response.ok(FirmView.of(firm)).tag(ETags.of(firm.version)).build();
    }
}
