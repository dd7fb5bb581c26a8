package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.common.problem.Problem;
import org.knowbridge.common.problem.ProblemException;
import org.knowbridge.common.problem.ProblemType;
import org.knowbridge.common.security.Caller;
import org.knowbridge.common.security.Roles;
import org.knowbridge.common.vocabulary.CountryCode;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.partnergraph.rest.OrganisationInput;

@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final GraphEvents events;

    public OrganisationService(OrganisationRepository organisations, GraphEvents events) {
        this.organisations = organisations;
        this.events = events;
    }

    public record Upserted(Organisation organisation, boolean created) {
    }

    /** Agencies and admins maintain any organisation; a partner only its own ({@code org_id}). */
    public Upserted upsert(String key, OrganisationInput input, Caller caller) {
        boolean mayWrite = caller.isAdmin() || caller.hasRole(Roles.AGENCY)
                || (caller.hasRole(Roles.PARTNER) && key.equals(caller.orgId().orElse(null)));
        if (!mayWrite) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A partner may only maintain its own organisation");
        }
        String country = CountryCode.normalise(input.country()).orElseThrow(() -> new ProblemException(
                ProblemType.VALIDATION_FAILED, "Unknown country",
                List.of(new Problem.FieldError("country", "'" + input.country() + "' is not an ISO 3166-1 alpha-2 country"))));
        Organisation organisation = new Organisation(key, input.name().trim(), country, input.type(), input.sme(),
                input.sector());
        String source = caller.hasRole(Roles.PARTNER) && !caller.isAdmin() ? "SELF_REPORTED" : "AGENCY";
        boolean created = organisations.upsert(organisation, o -> events.organisationUpserted(o, source));
        return new Upserted(organisation, created);
    }

    public Organisation find(String key) {
        return organisations.findByKey(key).orElseThrow(() -> ProblemException.notFound("Organisation", key));
    }
}
