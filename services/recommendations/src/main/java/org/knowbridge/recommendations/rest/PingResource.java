package org.knowbridge.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.platform.security.Roles;

/**
 * A constant answer behind the same security as the suggestions: what this service can answer at most on a
 * machine (token check, routing, JSON), the yardstick the benchmark holds the suggestions against.
 */
@Path("/api/v1/ping")
@Tag(name = "Recommendations", description = "Foreign partners suggested to a firm, with reasons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SME, Roles.AGENCY, Roles.ADMIN})
public class PingResource {

    public record Pong(String status) {}

    private static final Pong PONG = new Pong("UP");

    @GET
    @Operation(
            operationId = "ping",
            summary = "A constant answer, for the roles that read suggestions",
            description =
                    "Answers {\"status\": \"UP\"} and does nothing else, behind the same sign-in and roles as the "
                            + "suggestions: the cost of the service's framework and security alone, against which the "
                            + "benchmark measures the suggestions.")
    public Pong ping() {
        return PONG;
    }
}
