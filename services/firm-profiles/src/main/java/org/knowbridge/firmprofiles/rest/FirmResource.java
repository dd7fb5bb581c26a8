package org.knowbridge.firmprofiles.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.common.security.Caller;
import org.knowbridge.common.security.Roles;
import org.knowbridge.firmprofiles.service.FirmService;

@Path("/api/v1/firms")
@Tag(name = "Firms", description = "SME profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FirmResource {

    private final FirmService firms;
    private final Caller caller;

    public FirmResource(FirmService firms, Caller caller) {
        this.firms = firms;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME})
    @Operation(summary = "Create a firm", description = "An agency onboards a firm on its behalf; an SME user registers the DRAFT of its own firm.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FirmView.class)))
    public Uni<Response> create(@Valid @NotNull NewFirm request, UriInfo uriInfo) {
        return firms.create(request, caller).map(firm -> Response
                .created(uriInfo.getAbsolutePathBuilder().path(firm.id.toString()).build())
                .entity(FirmView.of(firm))
                .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN, Roles.SME, Roles.PARTNER})
    @Operation(summary = "Read a firm", description = "Answers 404 for a firm the caller may not see.")
    public Uni<FirmView> get(@PathParam("id") UUID id) {
        return firms.find(id, caller).map(FirmView::of);
    }
}
