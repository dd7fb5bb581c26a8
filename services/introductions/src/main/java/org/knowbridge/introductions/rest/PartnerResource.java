package org.knowbridge.introductions.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.introductions.service.PartnerRegistration;
import org.knowbridge.introductions.service.PartnerService;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/partners/me")
@Tag(name = "Partners", description = "Partner organisations that receive introductions themselves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerService partners;

    public PartnerResource(PartnerService partners) {
        this.partners = partners;
    }

    @PUT
    @RolesAllowed(Roles.PARTNER)
    @Operation(
            operationId = "registerPartner",
            summary = "Receive introductions as this organisation",
            description = "Registers the caller's organisation (its org_id) with the contact it shares once it accepts "
                    + "an introduction. From then on requests to that key are delivered to it instead of being brokered "
                    + "by the requesting firm's agency. Registering again updates the contact.")
    @APIResponse(
            responseCode = "200",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Uni<PartnerView> register(@Valid @NotNull PartnerRegistration registration) {
        return partners.register(registration).map(PartnerView::of);
    }
}
