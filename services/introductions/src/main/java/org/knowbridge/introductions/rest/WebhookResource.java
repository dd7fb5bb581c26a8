package org.knowbridge.introductions.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.introductions.service.WebhookInput;
import org.knowbridge.introductions.service.WebhookService;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Notifications posted to a partner's or an agency's URL, signed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService webhooks;
    private final PublicUrl publicUrl;

    public WebhookResource(WebhookService webhooks, PublicUrl publicUrl) {
        this.webhooks = webhooks;
        this.publicUrl = publicUrl;
    }

    @POST
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to my notifications",
            description = "The notifications of the given kinds that the caller's inbox receives are posted to the "
                    + "URL, each signed with the secret in this answer (shown only here). The URL must be https and "
                    + "resolve to public addresses only. A bounded number per organisation, and of creations per "
                    + "minute.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; keep the secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "A bad url or eventTypes")
    @APIResponse(responseCode = "409", description = "The organisation has the most webhooks allowed")
    @APIResponse(responseCode = "429", description = "Too many created lately")
    public Uni<Response> create(@Valid @NotNull WebhookInput input, UriInfo uriInfo) {
        UriBuilder location = publicUrl.ofRequest(uriInfo);
        return webhooks.create(input)
                .map(webhook -> Response.created(
                                location.path(webhook.id().toString()).build())
                        .entity(WebhookView.of(webhook, true))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "listWebhooks",
            summary = "My webhooks (an admin: all), oldest first",
            description = "Without their secrets.")
    @APIResponse(
            responseCode = "200",
            description = "The webhooks",
            content = @Content(schema = @Schema(implementation = WebhookView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A bad limit")
    public Uni<List<WebhookView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return webhooks.list(limit)
                .map(list -> list.stream().map(w -> WebhookView.of(w, false)).toList());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "With its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return webhooks.delete(id).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The delivery log, newest first",
            description = "Every delivery with its state, attempts, the receiver's last answer and the body sent.")
    @APIResponse(
            responseCode = "200",
            description = "The deliveries",
            content = @Content(schema = @Schema(implementation = WebhookView.Delivery.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A bad limit")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Uni<List<WebhookView.Delivery>> deliveries(
            @PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return webhooks.deliveries(id, null, limit)
                .map(list -> list.stream().map(WebhookView.Delivery::of).toList());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Send a delivery again",
            description = "As a new delivery with its own id (the body is the same), queued after what is pending "
                    + "for the same object.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookView.Delivery.class)))
    @APIResponse(responseCode = "404", description = "No such webhook or delivery, or not the caller's")
    public Uni<Response> redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(id, deliveryId)
                .map(delivery ->
                        Response.accepted(WebhookView.Delivery.of(delivery)).build());
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "resumeWebhook",
            summary = "Resume a paused webhook",
            description = "What it collected while paused is sent, oldest first. Resuming an active one changes "
                    + "nothing but its failure count.")
    @APIResponse(
            responseCode = "200",
            description = "Active",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Uni<WebhookView> resume(@PathParam("id") UUID id) {
        return webhooks.resume(id).map(webhook -> WebhookView.of(webhook, false));
    }
}
