package org.knowbridge.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.recommendations.domain.ShortlistEntry;
import org.knowbridge.recommendations.service.PartnerDetails;

@Path("/api/v1/firms/{firmId}/shortlist")
@Tag(name = "Feedback", description = "What firms said about suggested partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SME, Roles.AGENCY, Roles.ADMIN})
public class ShortlistResource {

    private final PartnerDetails details;
    private final Caller caller;
    private final URI introductions;

    public ShortlistResource(
            PartnerDetails details,
            Caller caller,
            @ConfigProperty(name = "knowbridge.introductions.url") URI introductions) {
        this.details = details;
        this.caller = caller;
        this.introductions = introductions;
    }

    @Schema(name = "Shortlist")
    public record ShortlistView(String firmId, List<ShortlistedPartner> partners) {}

    @Schema(name = "ShortlistedPartner")
    public record ShortlistedPartner(
            @Schema(description = "The partner's key in partner-graph")
            String partnerKey,

            @Schema(description = "Absent when it has left the collaboration graph since")
            String name,

            @Schema(description = "ISO 3166-1 alpha-2") String country,

            @Schema(description = "The country's English name")
            String countryName,

            @Schema(description = "A PartnerKind name, e.g. UNIVERSITY")
            String kind,

            OffsetDateTime acceptedAt,

            @Schema(description = "The user name of who accepted it")
            String acceptedBy,

            String comment,
            ShortlistLinks links) {}

    @Schema(name = "ShortlistLinks")
    public record ShortlistLinks(
            @Schema(description = "What the partner works on")
            Link detail,

            @Schema(description = "The next step: express interest through the introductions service (POST)")
            Link next) {}

    @GET
    @APIResponse(
            responseCode = "200",
            description = "The shortlist",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShortlistView.class)))
    @Operation(
            operationId = "getShortlist",
            summary = "The partners the firm accepted",
            description =
                    "Every suggested partner whose latest word from the firm is ACCEPTED, latest first, with when and by "
                            + "whom, the partner's name, country and kind, and the next step: expressing interest through "
                            + "the introductions service. A partner that may no longer be shown to other firms is left out. "
                            + "For the firm's own sme account, the agency that onboarded it, and admins; others get 404.")
    public ShortlistView shortlist(@PathParam("firmId") @BusinessKey String firmId) {
        return new ShortlistView(
                firmId,
                details.shortlist(firmId, caller).stream()
                        .map(entry -> view(firmId, entry))
                        .toList());
    }

    private ShortlistedPartner view(String firmId, ShortlistEntry e) {
        return new ShortlistedPartner(
                e.partnerKey(),
                e.name(),
                e.country(),
                e.country() == null || e.country().isEmpty() ? null : CountryCode.englishName(e.country()),
                e.kind() == null ? null : e.kind().name(),
                e.acceptedAt(),
                e.acceptedBy(),
                e.comment(),
                new ShortlistLinks(
                        Link.to(Link.detailOf(firmId, e.partnerKey())),
                        new Link(
                                introductions.resolve("/api/v1/introductions").toString(),
                                "POST",
                                "Express interest in " + (e.name() == null ? e.partnerKey() : e.name())
                                        + ": it is forwarded without your name until the partner accepts",
                                Map.of("firmId", firmId, "organisationKey", e.partnerKey()))));
    }
}
