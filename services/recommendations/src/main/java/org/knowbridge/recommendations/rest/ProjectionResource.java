package org.knowbridge.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.recommendations.service.Projection;
import org.knowbridge.recommendations.service.ProjectionLoader;

@Path("/api/v1/projection")
@Tag(name = "Projection", description = "This service's copy of the collaboration graph (operators)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ProjectionResource {

    private final ProjectionLoader loader;
    private final Projection projection;

    public ProjectionResource(ProjectionLoader loader, Projection projection) {
        this.loader = loader;
        this.projection = projection;
    }

    public record ProjectionStatus(
            boolean loaded,
            boolean loading,

            @Schema(description = RecommendationView.GRAPH_VERSION)
            Long graphVersion,

            Integer organisations,
            OffsetDateTime lastLoadedAt,
            Long lastReadMillis,
            Long lastProjectMillis,
            Long lastLearnMillis) {}

    @GET
    @Operation(
            operationId = "getProjection",
            summary = "The state of the graph projection",
            description =
                    "Whether the graph is loaded or loading, its version and size, and how long each step of the last load took.")
    public ProjectionStatus status() {
        ProjectionLoader.LoadReport last = loader.lastLoad();
        return new ProjectionStatus(
                projection.ranker().isPresent(),
                loader.loading(),
                projection.ranked().map(Projection.Ranked::graphVersion).orElse(null),
                projection.ranker().map(r -> r.graph().size()).orElse(null),
                last == null ? null : last.finishedAt(),
                last == null ? null : last.readMillis(),
                last == null ? null : last.projectMillis(),
                last == null ? null : last.learnMillis());
    }

    @POST
    @Path("/reload")
    @APIResponse(
            responseCode = "202",
            description = "Loading started, or already under way",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectionStatus.class)))
    @Operation(
            operationId = "reloadProjection",
            summary = "Load the whole graph from partner-graph again and learn the ranker anew",
            description =
                    "For after a bulk import into partner-graph, whose projects arrive in its export rather than as "
                            + "events. Answers 202 at once; suggestions keep being served from the current graph until the new one "
                            + "is ready. 202 too when a load is already under way (it is not started twice).")
    public Response reload() {
        loader.reload();
        return Response.accepted(status()).build();
    }
}
