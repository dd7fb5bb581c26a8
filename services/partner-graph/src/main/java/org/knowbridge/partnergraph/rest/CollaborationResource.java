package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
                            + "(or the node of that firm's register id) or an organisation it created is a party, an admin "
                            + "for any. Others get 403. When the other party is a platform firm or a partner's organisation "
                            + "the caller does not act for, the collaboration is a PENDING claim until that side confirms it.")
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
    @Operation(
            operationId = "listCollaborationsAwaitingMe",
            summary = "Claims awaiting my confirmation",
            description = "The PENDING collaborations that name, as the side to confirm, the caller's own firm (sme), "
                    + "its organisation (partner), a firm it onboarded (agency), or any (admin); ordered by key. "
                    + "`awaiting=me` is required: claims are listed only to the side they wait for.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CollaborationService.CollaborationPage.class)))
    @APIResponse(responseCode = "400", description = "awaiting is missing or not 'me', or a bad cursor or limit")
    public CollaborationService.CollaborationPage awaiting(
            @QueryParam("awaiting")
                    @NotNull
                    @Pattern(regexp = "me", message = "must be 'me'")
                    @Parameter(
                            required = true,
                            schema =
                                    @Schema(
                                            enumeration = {"me"},
                                            type = SchemaType.STRING))
                    String awaiting,
            @QueryParam("after") @BusinessKey String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return collaborations.awaitingConfirmationBy(caller, after, limit);
    }

    @GET
    @Path("/{key}")
    @Operation(
            operationId = "getCollaboration",
            summary = "Read a collaboration",
            description =
                    "Visible to its parties, to the agency that onboarded a party firm, and to admins; 404 for others, "
                            + "and for those who may not see a party firm (see getOrganisation). A PENDING claim likewise: "
                            + "to its two sides and admins only.")
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
    @APIResponse(responseCode = "409", description = "It has ended already, or is a pending claim")
    public Collaboration end(@PathParam("key") @BusinessKey String key, @Valid @NotNull EndCollaborationInput input) {
        return collaborations.end(key, input, caller);
    }

    @POST
    @Path("/{key}/confirm")
    @Consumes(MediaType.WILDCARD) // no body: a client may send any or no Content-Type
    @Operation(
            operationId = "confirmCollaboration",
            summary = "Confirm a claim naming my side",
            description = "By the side a PENDING claim awaits (that firm's sme or onboarding agency, that partner) or "
                    + "an admin. It becomes CONFIRMED: published (CollaborationRecorded) and part of every query.")
    @APIResponse(
            responseCode = "200",
            description = "Confirmed",
            content = @Content(schema = @Schema(implementation = Collaboration.class)))
    @APIResponse(responseCode = "403", description = "The caller is the claiming side, not the awaited one")
    @APIResponse(responseCode = "404", description = "No such collaboration the caller may see")
    @APIResponse(responseCode = "409", description = "It is not pending (confirmed already)")
    public Collaboration confirm(@PathParam("key") @BusinessKey String key) {
        return collaborations.confirm(key, caller);
    }

    @POST
    @Path("/{key}/reject")
    @Consumes(MediaType.WILDCARD) // no body: a client may send any or no Content-Type
    @Operation(
            operationId = "rejectCollaboration",
            summary = "Reject a claim naming my side",
            description = "By the side a PENDING claim awaits, or an admin. The claim is deleted; only an audit "
                    + "record of the decision stays.")
    @APIResponse(responseCode = "204", description = "Rejected and deleted")
    @APIResponse(responseCode = "403", description = "The caller is the claiming side, not the awaited one")
    @APIResponse(responseCode = "404", description = "No such collaboration the caller may see")
    @APIResponse(responseCode = "409", description = "It is not pending (confirmed already)")
    public void reject(@PathParam("key") @BusinessKey String key) {
        collaborations.reject(key, caller);
    }

    @POST
    @Path("/{key}/withdraw")
    @Consumes(MediaType.WILDCARD) // no body: a client may send any or no Content-Type
    @Operation(
            operationId = "withdrawCollaboration",
            summary = "Withdraw my pending claim",
            description = "By the claiming side, or an admin, while it is PENDING. The claim is deleted; only an "
                    + "audit record of the decision stays.")
    @APIResponse(responseCode = "204", description = "Withdrawn and deleted")
    @APIResponse(responseCode = "403", description = "The caller is the awaited side, not the claiming one")
    @APIResponse(responseCode = "404", description = "No such collaboration the caller may see")
    @APIResponse(responseCode = "409", description = "It is not pending (confirmed already)")
    public void withdraw(@PathParam("key") @BusinessKey String key) {
        collaborations.withdraw(key, caller);
    }
}
