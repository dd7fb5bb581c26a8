package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.knowbridge.partnergraph.domain.Connection;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.OrganisationSearch;
import org.knowbridge.partnergraph.domain.PartnerFilter;
import org.knowbridge.partnergraph.domain.VersionedOrganisation;
import org.knowbridge.partnergraph.service.OrganisationAccess;
import org.knowbridge.partnergraph.service.OrganisationInput;
import org.knowbridge.partnergraph.service.OrganisationService;
import org.knowbridge.partnergraph.service.PartnerQueryService;
import org.knowbridge.partnergraph.service.SearchService;
import org.knowbridge.platform.http.ETags;
import org.knowbridge.platform.http.PublicUrl;
import org.knowbridge.platform.problem.QueryParameters;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations of every kind in the partner graph")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;
    private final PartnerQueryService queries;
    private final SearchService search;
    private final OrganisationAccess access;
    private final Caller caller;
    private final PublicUrl publicUrl;

    public OrganisationResource(
            OrganisationService organisations,
            PartnerQueryService queries,
            SearchService search,
            OrganisationAccess access,
            Caller caller,
            PublicUrl publicUrl) {
        this.organisations = organisations;
        this.queries = queries;
        this.search = search;
        this.access = access;
        this.caller = caller;
        this.publicUrl = publicUrl;
    }

    @GET
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "searchOrganisations",
            summary = "Search partners by words and facets",
            description =
                    "Full text over organisation names, knowledge areas and project topics: whole words and "
                            + "their stems (\"robots\" finds \"robot\"; \"knowledge\" never \"acknowledge\"), most relevant "
                            + "first; without q, every organisation by name. Filters combine. Each result says why it matched "
                            + "(its NAME, a knowledge AREA by label and id, a project TOPIC); facets count countries, types, the "
                            + "SME flag and the most frequent areas over the whole result, not only the page. Pages follow "
                            + "nextCursor, with no cap on the result. Firms the caller may not see are never among the results.")
    public OrganisationSearch.SearchPage search(
            @QueryParam("q")
                    @Parameter(description = "Words to find (letters and digits; up to 12 words)")
                    @Size(max = 300)
                    String q,
            @QueryParam("country") @Country String country,
            @QueryParam("type")
                    @Parameter(
                            description = "What the organisation is",
                            schema = @Schema(implementation = OrganisationType.class))
                    String type,
            @QueryParam("sme")
                    @Parameter(
                            description = "true for SMEs only, false for all but SMEs",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String sme,
            @QueryParam("area")
                    @Parameter(
                            description =
                                    "A knowledge area id (GET /api/v1/knowledge-areas): that area and every area under it")
                    @Size(max = 300)
                    String area,
            @QueryParam("activeSince")
                    @Parameter(
                            description =
                                    "Only organisations with a project of this year or later, or a collaboration running then",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
                    String activeSince,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") @Size(max = 100)
                    String cursor,
            @QueryParam("limit")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    String limit) {
        Integer since = activeSince == null || activeSince.isBlank()
                ? null
                : QueryParameters.intValue(activeSince, 0, 1900, 2100, "activeSince");
        return search.search(
                q,
                country == null ? null : CountryCode.of(country),
                QueryParameters.enumValue(OrganisationType.class, type, "type"),
                QueryParameters.boolValue(sme, "sme"),
                area,
                since,
                cursor,
                QueryParameters.intValue(limit, 20, 1, 100, "limit"),
                access.viewer(caller));
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed({Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "putOrganisation",
            summary = "Create or replace an organisation",
            description =
                    "An admin any organisation; an agency creates new ones and replaces those it created; a partner its own "
                            + "organisation. A platform firm's node is written from firm-profiles' events only (409). "
                            + "Creating a new key needs no If-SearchMatch; replacing an existing organisation needs its ETag as read in If-SearchMatch.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = Organisation.class)),
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            schema = @Schema(type = SchemaType.STRING),
                            description = "The organisation's version, for If-SearchMatch"))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = Organisation.class)),
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            schema = @Schema(type = SchemaType.STRING),
                            description = "The organisation's version, for If-SearchMatch"))
    @APIResponse(
            responseCode = "412",
            description =
                    "The organisation changed since it was read, or If-SearchMatch was sent for a key that does not exist")
    @APIResponse(
            responseCode = "409",
            description = "The key is a platform firm's: its data is changed in firm-profiles")
    @APIResponse(responseCode = "428", description = "The organisation exists and If-SearchMatch is missing")
    public Response upsert(
            @PathParam("key") @BusinessKey String key,
            @Parameter(description = "The ETag of the organisation as last read; omit it to create a new one")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull OrganisationInput input,
            UriInfo uriInfo) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : ETags.expectedVersion(ifMatch, "organisation");
        OrganisationService.Upserted result = organisations.upsert(key, input, expected, caller);
        Response.ResponseBuilder response =
                result.created() ? Response.created(publicUrl.ofRequest(uriInfo).build()) : Response.ok();
        return response.entity(result.organisation())
                .tag(ETags.of(result.version()))
                .build();
    }

    @GET
    @Path("/{key}")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "getOrganisation",
            summary = "Read an organisation",
            description = "With its ETag, for If-SearchMatch when replacing it. A platform firm is seen only by those "
                    + "firm-profiles shows it to (admin, its own sme, the agency that onboarded it, partners once it is "
                    + "published and listed); to others it is a 404, as if unknown.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = Organisation.class)),
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            schema = @Schema(type = SchemaType.STRING),
                            description = "The organisation's version, for If-SearchMatch"))
    public Response get(@PathParam("key") @BusinessKey String key) {
        VersionedOrganisation found = organisations.find(key, caller);
        return Response.ok(found.organisation()).tag(ETags.of(found.version())).build();
    }

    @GET
    @Path("/{key}/partners")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "listPartners",
            summary = "An organisation's partner neighbourhood",
            description = "Its partners through recorded collaborations and joint projects (channel PROJECT_EXCHANGE, "
                    + "in the project's year), ordered by key; filters combine (kind: what the partner is to this organisation; "
                    + "type and sme: what the partner is); pending claims are not among them. An sme sees its "
                    + "own firm's, a partner its own organisation's, an agency those of the firms it onboarded, the "
                    + "organisations it created and register organisations, an admin any; others 404. Firms the caller "
                    + "may not see are left out.")
    public PartnerQueryService.PartnerPage partners(
            @PathParam("key") @BusinessKey String key,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = PartnerKind.class)) String kind,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = KnowledgeChannel.class)) String channel,
            @QueryParam("country") @Country String country,
            @QueryParam("fromYear") @Min(1900) @Max(2100) Integer fromYear,
            @QueryParam("toYear") @Min(1900) @Max(2100) Integer toYear,
            @QueryParam("type")
                    @Parameter(
                            description = "What the partner is (COMPANY, UNIVERSITY, ...)",
                            schema = @Schema(implementation = OrganisationType.class))
                    String type,
            @QueryParam("sme")
                    @Parameter(
                            description = "true for SMEs only, false for all but SMEs",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String sme,
            @QueryParam("after") @BusinessKey String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        key = access.resolve(key);
        access.requireMayExplore(caller, key);
        PartnerFilter filter = new PartnerFilter(
                QueryParameters.enumValue(PartnerKind.class, kind, "kind"),
                QueryParameters.enumValue(KnowledgeChannel.class, channel, "channel"),
                country == null ? null : CountryCode.of(country),
                fromYear,
                toYear,
                QueryParameters.enumValue(OrganisationType.class, type, "type"),
                QueryParameters.boolValue(sme, "sme"));
        return queries.partners(key, filter, after, limit, access.viewer(caller));
    }

    @GET
    @Path("/{a}/connection/{b}")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER, Roles.ADMIN})
    @Operation(
            operationId = "getConnection",
            summary = "How two organisations are connected",
            description =
                    "The shortest chain of organisations from a to b, up to 4 hops, each step through a collaboration "
                            + "or a joint project; connected is false when there is none. Asked from an organisation whose "
                            + "partners the caller may list (else 404). The chain never passes through or ends at a firm the "
                            + "caller may not see: such a firm is a 404 as a or b, and a chain through one is not found "
                            + "(connected false) unless another avoids it.")
    public Connection connection(@PathParam("a") @BusinessKey String a, @PathParam("b") @BusinessKey String b) {
        String from = access.resolve(a);
        access.requireMayExplore(caller, from);
        return queries.connection(from, access.resolve(b), access.viewer(caller));
    }
}
