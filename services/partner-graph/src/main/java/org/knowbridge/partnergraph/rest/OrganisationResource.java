package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.common.security.Caller;
import org.knowbridge.common.security.Roles;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.service.OrganisationService;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations of every kind in the partner graph")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9:._-]{0,99}";

    private final OrganisationService organisations;
    private final Caller caller;

    public OrganisationResource(OrganisationService organisations, Caller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(summary = "Create or replace an organisation", description = "Agencies and admins; a partner for its own organisation.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Organisation.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Organisation.class)))
    public Response upsert(@PathParam("key") @Pattern(regexp = KEY_PATTERN) String key,
            @Valid @NotNull OrganisationInput input, UriInfo uriInfo) {
        OrganisationService.Upserted result = organisations.upsert(key, input, caller);
        return result.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(result.organisation()).build()
                : Response.ok(result.organisation()).build();
    }

    @GET
    @Path("/{key}")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(summary = "Read an organisation")
    public Organisation get(@PathParam("key") @Pattern(regexp = KEY_PATTERN) String key) {
        return organisations.find(key);
    }
}
