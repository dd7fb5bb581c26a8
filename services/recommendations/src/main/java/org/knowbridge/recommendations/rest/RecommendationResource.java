package org.knowbridge.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.problem.QueryParameters;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.recommendations.domain.PartnerQuery;
import org.knowbridge.recommendations.service.PartnerDetails;
import org.knowbridge.recommendations.service.RecommendationService;

@Path("/api/v1/firms/{firmId}/recommendations")
@Tag(name = "Recommendations", description = "Foreign partners suggested to a firm, with reasons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SME, Roles.AGENCY, Roles.ADMIN})
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final PartnerDetails details;
    private final Caller caller;

    public RecommendationResource(RecommendationService recommendations, PartnerDetails details, Caller caller) {
        this.recommendations = recommendations;
        this.details = details;
        this.caller = caller;
    }

    @GET
    @APIResponse(
            responseCode = "200",
            description = "The suggestions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "503", description = "The collaboration graph is still loading; retry shortly")
    @Operation(
            operationId = "listRecommendations",
            summary = "Suggested foreign partners, best first",
            description = "Organisations in another country than the firm's that it has not worked with yet, has not "
                    + "declined and has no open or answered introduction with, ranked from how firms have actually collaborated; every suggestion says why. A firm "
                    + "without collaborations is ranked from its profile (sought knowledge areas, sector, target "
                    + "countries). For the firm's own sme account, the agency that onboarded it, and admins; others "
                    + "get 404. 503 while the collaboration graph is still loading. Each suggestion links to the "
                    + "partner's detail. With include=introduced, the organisations left out for an introduction are listed too, "
                    + "marked as introduced, with the introduction's state.")
    public RecommendationView list(
            @PathParam("firmId") @BusinessKey String firmId,
            @Parameter(
                            description = "How many suggestions, 1 to 50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "50",
                                            defaultValue = "10"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(
                            description = "Only partners of these kinds (repeatable): SUPPLIER, CUSTOMER, AFFILIATE, "
                                    + "COMPETITOR, UNIVERSITY, RESEARCH_ORGANISATION, PUBLIC_BODY, CONSULTANCY, OTHER")
                    @QueryParam("kind")
                    List<String> kinds,
            @Parameter(description = "Only partners in these countries (repeatable, ISO 3166-1 alpha-2)")
                    @QueryParam("country")
                    List<@Country String> countries,
            @Parameter(
                            description =
                                    "Only partners that worked through these channels (repeatable): CO_DEVELOPMENT, "
                                            + "STRATEGIC_PARTNERSHIP, PROJECT_EXCHANGE, PUBLIC_SERVICE, PURCHASED_KNOWLEDGE, LICENSING, EMPLOYEE_MOBILITY")
                    @QueryParam("channel")
                    List<String> channels,
            @Parameter(
                            description = "Only organisations of these types (repeatable): COMPANY, UNIVERSITY, "
                                    + "RESEARCH_ORGANISATION, PUBLIC_BODY, CONSULTANCY, OTHER")
                    @QueryParam("type")
                    List<String> types,
            @Parameter(
                            description = "true for SMEs only, false for all but SMEs",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("sme")
                    String sme,
            @Parameter(
                            description = "introduced: also list, marked as introduced, the organisations the firm has "
                                    + "an open or answered introduction with (they are never among the suggestions)",
                            schema = @Schema(enumeration = {"introduced"}))
                    @QueryParam("include")
                    List<String> include) {
        PartnerQuery query = new PartnerQuery(
                QueryParameters.intValue(limit, PartnerQuery.DEFAULT_LIMIT, 1, PartnerQuery.MAX_LIMIT, "limit"),
                Set.copyOf(QueryParameters.enumValues(PartnerKind.class, kinds, "kind")),
                countriesOf(countries),
                Set.copyOf(QueryParameters.enumValues(KnowledgeChannel.class, channels, "channel")),
                Set.copyOf(QueryParameters.enumValues(OrganisationType.class, types, "type")),
                QueryParameters.boolValue(sme, "sme"));
        boolean withIntroduced = includesIntroduced(include);
        return RecommendationView.of(
                recommendations.recommend(firmId, query, caller),
                withIntroduced ? recommendations.introduced(firmId, caller) : List.of());
    }

    @GET
    @Path("/{partnerKey}")
    @APIResponse(
            responseCode = "200",
            description = "The partner's detail",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnerDetailView.class)))
    @APIResponse(responseCode = "503", description = "The collaboration graph is still loading; retry shortly")
    @Operation(
            operationId = "getSuggestedPartner",
            summary = "What a suggested partner works on",
            description =
                    "Its top knowledge areas by name, its latest projects with their short titles and years, and where "
                            + "its partners are, from the collaboration graph. Only for a partner suggested to the firm and "
                            + "not declined since (it stays readable while on the firm's shortlist); any other key is a 404. "
                            + "For the firm's own sme account, the agency that onboarded it, and admins; others get 404.")
    public PartnerDetailView detail(
            @PathParam("firmId") @BusinessKey String firmId, @PathParam("partnerKey") @BusinessKey String partnerKey) {
        return PartnerDetailView.of(details.detail(firmId, partnerKey, caller));
    }

    /** Whether the list is to include the introduced partners; a 400 naming the parameter for any other value. */
    private static boolean includesIntroduced(List<String> include) {
        boolean introduced = false;
        for (String value : include == null ? List.<String>of() : include) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!value.strip().equals("introduced")) {
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        "Unknown include '" + value + "'",
                        List.of(new Problem.FieldError("include", "must be introduced")));
            }
            introduced = true;
        }
        return introduced;
    }

    private static Set<String> countriesOf(List<String> countries) {
        return countries == null
                ? Set.of()
                : countries.stream().map(CountryCode::of).collect(Collectors.toSet());
    }
}
