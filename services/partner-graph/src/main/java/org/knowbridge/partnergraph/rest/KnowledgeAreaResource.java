package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.partnergraph.domain.KnowledgeArea;
import org.knowbridge.partnergraph.service.KnowledgeAreaCatalog;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/knowledge-areas")
@Tag(name = "Knowledge areas", description = "The taxonomy of knowledge areas (EuroSciVoc, as the projects use it)")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeAreaResource {

    /** Areas found, and close areas when words found none. */
    public record KnowledgeAreaList(List<KnowledgeArea> items, List<KnowledgeArea> suggestions) {}

    private static final String ID = "[a-z0-9]+(?:[.-][a-z0-9]+)*";

    private final KnowledgeAreaCatalog catalog;

    public KnowledgeAreaResource(KnowledgeAreaCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "listKnowledgeAreas",
            summary = "Knowledge areas: the top, under an area, or by word",
            description = "With q, the areas whose label has a word starting with each word asked (\"robot\" finds "
                    + "\"robotics\"), and close areas as suggestions when none does; with parent, the areas directly under "
                    + "it; else the top-level areas. Largest first: counts include the areas below.")
    public KnowledgeAreaList list(
            @QueryParam("q") @Parameter(description = "Words of an area's label") @Size(max = 200) String q,
            @QueryParam("parent") @Parameter(description = "An area id") @Pattern(regexp = ID) @Size(max = 300)
                    String parent,
            @QueryParam("limit") @Parameter(description = "At most this many areas (1 to 500, 50 by default)")
                    String limit) {
        int max = org.knowbridge.platform.problem.QueryParameters.intValue(limit, 50, 1, 500, "limit");
        if (q != null && !q.isBlank()) {
            List<KnowledgeArea> found = catalog.matching(q);
            return new KnowledgeAreaList(
                    found.stream().limit(max).toList(), found.isEmpty() ? catalog.suggestions(q) : List.of());
        }
        if (parent != null && catalog.find(parent).isEmpty()) {
            throw catalog.unknown(parent, "parent");
        }
        return new KnowledgeAreaList(
                catalog.children(parent).stream().limit(max).toList(), List.of());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "getKnowledgeArea",
            summary = "One knowledge area",
            description = "Its label, path, parent and counts; 404 for an id the data does not hold.")
    public KnowledgeArea get(@PathParam("id") @Pattern(regexp = ID) @Size(max = 300) String id) {
        return catalog.find(id).orElseThrow(() -> ProblemException.notFound("Knowledge area", id));
    }
}
