package org.knowbridge.partnergraph.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.service.CollaborationInput;
import org.knowbridge.partnergraph.service.CollaborationService;
import org.knowbridge.partnergraph.service.EndCollaborationInput;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/collaborations")
@Tag(name = "Collaborations", description = "Explicit bilateral collaborations between organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
public class CollaborationResource {

    private final CollaborationService collaborations;
    private final Caller caller;
    private final PublicUrl publicUrl;

    public CollaborationResource(CollaborationService collaborations, Caller caller, PublicUrl publicUrl) {
        this.collaborations = collaborations;
        this.caller = caller;
        this.publicUrl = publicUrl;
    }

    @POST
    @Operation(
            operationId = "recordCollaboration",
            summary = "Record a collaboration",
            description =
                    "An sme for its own firm, a partner where its organisation is a party, an agency where a firm it onboarded "
                            + "(or the node of that firm's register id) is a party, an admin for any. Others get 403.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = Collaboration.class)))
    @APIResponse(responseCode = "404", description = "A party is not a known organisation")
    public Response record(@Valid @NotNull CollaborationInput input, UriInfo uriInfo) {
        Collaboration recorded = collaborations.record(input, caller);
        return Response.created(
                        publicUrl.ofRequest(uriInfo).path(recorded.key()).build())
                .entity(recorded)
                .build();
    }

    @GET
    @Path("/{key}")
    @Operation(
            operationId = "getCollaboration",
            summary = "Read a collaboration",
            description =
                    "Visible to its parties, to the agency that onboarded a party firm, and to admins; 404 for others, "
                            + "and for those who may not see a party firm (see getOrganisation).")
    public Collaboration get(@PathParam("key") @BusinessKey String key) {
        return collaborations.find(key, caller);
    }

    @POST
    @Path("/{key}/end")
    @Operation(
            operationId = "endCollaboration",
            summary = "End a collaboration",
            description = "By those who may record it.")
    @APIResponse(
            responseCode = "200",
            description = "Ended",
            content = @Content(schema = @Schema(implementation = Collaboration.class)))
    @APIResponse(responseCode = "409", description = "It has ended already")
    public Collaboration end(@PathParam("key") @BusinessKey String key, @Valid @NotNull EndCollaborationInput input) {
        return collaborations.end(key, input, caller);
    }
}
