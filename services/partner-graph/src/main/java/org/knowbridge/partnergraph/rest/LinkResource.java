package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.partnergraph.domain.DatasetSource;
import org.knowbridge.partnergraph.domain.LinkClaim;
import org.knowbridge.partnergraph.service.LinkService;
import org.knowbridge.platform.problem.QueryParameters;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/links")
@Tag(
        name = "Links",
        description = "Claims that a platform firm is an existing organisation of a register, and their verification")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    /** The states a claim can be listed by. */
    public enum ClaimStatus {
        PENDING,
        VERIFIED,
        REJECTED
    }

    private final LinkService links;
    private final Caller caller;

    public LinkResource(LinkService links, Caller caller) {
        this.links = links;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "listLinkClaims",
            summary = "Claims of firms to be a register's organisation",
            description = "Admins only: every firm whose events name an existing organisation's key as its register id "
                    + "(externalId) claims to be that node; ordered by firm id, optionally of one status.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = LinkService.LinkClaimPage.class)))
    public LinkService.LinkClaimPage list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ClaimStatus.class)) String status,
            @QueryParam("after") @BusinessKey String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        ClaimStatus wanted = QueryParameters.enumValue(ClaimStatus.class, status, "status");
        return links.list(wanted == null ? null : wanted.name(), after, limit);
    }

    @POST
    @Path("/verify-pending")
    @Consumes(MediaType.WILDCARD) // no body: a client may send any or no Content-Type
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "verifyPendingLinkClaims",
            summary = "Verify the pending claims of one agency's firms onto one register",
            description =
                    "Admins only: every PENDING claim made by a firm the agency claimedBy onboarded, naming a node "
                            + "of the register source (keys source:...), is verified as by verifyLinkClaim, each in its own "
                            + "transaction. For an admin who vouches for that agency's import of that register, e.g. the demo's.")
    @APIResponse(
            responseCode = "200",
            description = "Done",
            content = @Content(schema = @Schema(implementation = LinkService.BulkVerification.class)))
    public LinkService.BulkVerification verifyPending(
            @QueryParam("claimedBy") @NotNull @BusinessKey String claimedBy,
            @QueryParam("source") @NotNull @Pattern(regexp = DatasetSource.PATTERN, message = DatasetSource.MESSAGE)
                    String source) {
        return links.verifyAll(claimedBy, source, caller);
    }

    @POST
    @Path("/{firmId}/verify")
    @Consumes(MediaType.WILDCARD) // no body: a client may send any or no Content-Type
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "verifyLinkClaim",
            summary = "Verify that a firm is the organisation it claims to be",
            description = "By an admin, or the claimed organisation's own partner account (org_id equal to its key); "
                    + "404 for another partner. From now on the organisation's node is the firm: the firm's fields and "
                    + "collaborations move there and its own node is gone (OrganisationErased with mergedInto).")
    @APIResponse(
            responseCode = "200",
            description = "Verified",
            content = @Content(schema = @Schema(implementation = LinkClaim.class)))
    @APIResponse(responseCode = "404", description = "No such claim the caller may decide")
    @APIResponse(
            responseCode = "409",
            description =
                    "Decided already, or the organisation is gone or another platform firm, or the firm is erased")
    public LinkClaim verify(@PathParam("firmId") @BusinessKey String firmId) {
        return links.verify(firmId, caller);
    }

    @POST
    @Path("/{firmId}/reject")
    @Consumes(MediaType.WILDCARD) // no body: a client may send any or no Content-Type
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "rejectLinkClaim",
            summary = "Reject a firm's claim to be an organisation",
            description =
                    "By an admin, or the claimed organisation's own partner account; 404 for another partner. The "
                            + "firm keeps its own node; the decision is kept as an audit record.")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "404", description = "No such claim the caller may decide")
    @APIResponse(responseCode = "409", description = "Decided already")
    public void reject(@PathParam("firmId") @BusinessKey String firmId) {
        links.reject(firmId, caller);
    }
}
