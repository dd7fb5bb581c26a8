package org.knowbridge.introductions.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.introductions.service.IndicatorService;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/introductions/indicators")
@Tag(name = "Introductions", description = "From a suggestion to a first contact, with consent")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService indicators;

    public IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(
            operationId = "getIntroductionIndicators",
            summary = "Matchmaking indicators",
            description = "What an agency reports on matchmaking: requests sent, acceptance rate, median time to "
                    + "answer and agreements signed, in total, by the country and by the type of the organisation "
                    + "asked. An agency's count the requests of the firms it onboarded; an admin's count all. The "
                    + "country and type are those known when the request was made: a platform firm's, a registered "
                    + "partner's if it gave them; null otherwise.")
    @APIResponse(
            responseCode = "200",
            description = "The indicators",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Uni<IndicatorView> indicators() {
        return indicators.figures().map(IndicatorView::of);
    }
}
