package org.knowbridge.introductions.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.introductions.domain.IntroductionState;
import org.knowbridge.introductions.service.DeclineInput;
import org.knowbridge.introductions.service.IntroductionInput;
import org.knowbridge.introductions.service.IntroductionService;
import org.knowbridge.introductions.service.OutcomeInput;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/introductions")
@Tag(name = "Introductions", description = "From a suggestion to a first contact, with consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntroductionResource {

    private final IntroductionService introductions;
    private final PublicUrl publicUrl;

    public IntroductionResource(IntroductionService introductions, PublicUrl publicUrl) {
        this.introductions = introductions;
        this.publicUrl = publicUrl;
    }

    @POST
    @RolesAllowed({Roles.SME, Roles.AGENCY})
    @Operation(
            operationId = "requestIntroduction",
            summary = "Express interest in an organisation",
            description = "An SME user for its own firm, or the agency that onboarded the firm, asks to be introduced "
                    + "to an organisation (a partner-graph key), from a suggestion (with its reasons) or from search. "
                    + "Delivered to the organisation when it is on the platform, else to the firm's onboarding agency "
                    + "as broker. One open request per firm and organisation, and a bounded number per firm.")
    @APIResponse(
            responseCode = "201",
            description = "Requested",
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(
            responseCode = "409",
            description = "An open request to that organisation exists, the firm has too many open requests, the "
                    + "firm is not known yet, or nobody could receive the request")
    public Uni<Response> request(@Valid @NotNull IntroductionInput input, UriInfo uriInfo) {
        // Resolved now: the public URL needs the request, which a later callback may run without.
        UriBuilder location = publicUrl.ofRequest(uriInfo);
        return introductions
                .request(input)
                .map(details -> Response.created(
                                location.path(details.introduction().id.toString())
                                        .build())
                        .entity(IntroductionView.of(details))
                        .build());
    }

    @GET
    @Path("/sent")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "listSentIntroductions",
            summary = "Introductions sent",
            description = "Newest first: an SME's own firm's, an agency's onboarded firms', an admin's all.")
    @APIResponse(
            responseCode = "200",
            description = "The introductions",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = IntroductionView.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public Uni<List<IntroductionView>> sent(
            @QueryParam("state") IntroductionState state,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return introductions
                .sent(state, limit)
                .map(list -> list.stream().map(IntroductionView::of).toList());
    }

    @GET
    @Path("/received")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "listReceivedIntroductions",
            summary = "Introductions received",
            description = "Newest first: requests to the caller's organisation (a partner's org_id, an SME's firm, "
                    + "an agency's onboarded firms) and, for an agency, those it brokers. Anonymised until accepted.")
    @APIResponse(
            responseCode = "200",
            description = "The introductions",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = IntroductionView.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public Uni<List<IntroductionView>> received(
            @QueryParam("state") IntroductionState state,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return introductions
                .received(state, limit)
                .map(list -> list.stream().map(IntroductionView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "getIntroduction", summary = "One introduction, as the caller's side sees it")
    @APIResponse(
            responseCode = "200",
            description = "The introduction",
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "404", description = "No such introduction, or the caller is on neither side")
    public Uni<IntroductionView> get(@PathParam("id") UUID id) {
        return introductions.find(id).map(IntroductionView::of);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "acceptIntroduction",
            summary = "Accept (recipient)",
            description = "Both sides then see each other's contact. Accepting again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "409", description = "It is no longer open")
    public Uni<IntroductionView> accept(@PathParam("id") UUID id) {
        return introductions.accept(id).map(IntroductionView::of);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "declineIntroduction",
            summary = "Decline with a reason (recipient)",
            description = "The requester sees the reason, never who declined beyond the organisation it asked for.")
    @APIResponse(
            responseCode = "200",
            description = "Declined",
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "409", description = "It is no longer open")
    public Uni<IntroductionView> decline(@PathParam("id") UUID id, @Valid @NotNull DeclineInput input) {
        return introductions.decline(id, input).map(IntroductionView::of);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.SME, Roles.AGENCY})
    @Operation(operationId = "withdrawIntroduction", summary = "Withdraw an open request (requester)")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "409", description = "It was already answered or expired")
    public Uni<IntroductionView> withdraw(@PathParam("id") UUID id) {
        return introductions.withdraw(id).map(IntroductionView::of);
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "recordIntroductionOutcome",
            summary = "Record the outcome (either side, after acceptance)",
            description = "MEETING_HELD, or AGREEMENT_SIGNED with its channel: a signed agreement becomes a "
                    + "collaboration of the two organisations in partner-graph, through the event.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "409", description = "Not accepted, or the outcome would go backwards")
    public Uni<IntroductionView> outcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeInput input) {
        return introductions.recordOutcome(id, input).map(IntroductionView::of);
    }
}
