package org.knowbridge.partnergraph.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.partnergraph.domain.DatasetSource;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators;
import org.knowbridge.partnergraph.service.IndicatorService;
import org.knowbridge.partnergraph.service.OrganisationAccess;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Statistics for agencies, as innovation surveys report them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENCY, Roles.ADMIN})
public class IndicatorResource {

    private final IndicatorService indicators;
    private final OrganisationAccess access;
    private final Caller caller;

    public IndicatorResource(IndicatorService indicators, OrganisationAccess access, Caller caller) {
        this.indicators = indicators;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/foreign-collaboration")
    @Operation(
            operationId = "getForeignCollaborationIndicator",
            summary = "Share of SME firms with a foreign collaboration",
            description = "Overall, per country and NACE sector (groups) and per country and size class (bySize), by "
                    + "partner kind and by channel; joint projects count as PROJECT_EXCHANGE in their year. Size classes "
                    + "are the platform firms' own (MICRO, SMALL, MEDIUM, LARGE): an imported register organisation, such "
                    + "as a CORDIS one, is only flagged as an SME and counts under UNKNOWN size, as does a firm while its "
                    + "claim on a register node is pending. Optionally one country and a range of years. Counts only the firms "
                    + "the caller may see, and their links to organisations it may see (an agency: the firms it "
                    + "onboarded and the imported organisations). Each real firm counts once: a firm linked to its "
                    + "register's organisation is that one node, and platform firms count once published.")
    public ForeignCollaborationIndicators foreignCollaboration(
            @QueryParam("country") @Country String country,
            @QueryParam("source")
                    @Parameter(
                            description = "Only the SMEs of one imported register (the import's source, e.g. cordis), "
                                    + "as that register knows them")
                    @Pattern(regexp = DatasetSource.PATTERN, message = DatasetSource.MESSAGE)
                    String source,
            @QueryParam("fromYear") @Min(1900) @Max(2100) Integer fromYear,
            @QueryParam("toYear") @Min(1900) @Max(2100) Integer toYear) {
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The year range is empty",
                    List.of(new Problem.FieldError("toYear", "must not be before fromYear")));
        }
        return indicators.foreignCollaboration(
                country == null ? null : CountryCode.of(country), source, fromYear, toYear, access.viewer(caller));
    }
}
