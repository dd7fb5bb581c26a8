package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.NaceCodes;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.VersionedOrganisation;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.platform.http.ETags;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;

@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final GraphEvents events;
    private final OrganisationAccess access;

    public OrganisationService(OrganisationRepository organisations, GraphEvents events, OrganisationAccess access) {
        this.organisations = organisations;
        this.events = events;
        this.access = access;
    }

    public record Upserted(Organisation organisation, boolean created, long version) {}

    /**
     * Those {@link OrganisationAccess} lets maintain the organisation create or replace it. A new key is
     * created without a version; an existing organisation is replaced only from the version the caller read
     * ({@code expectedVersion}, from If-Match), so a change made meanwhile is not overwritten unseen. Who
     * created a node never changes, so checking it before the write cannot go stale; whether it is a platform
     * firm's is checked again under the write's lock.
     */
    public Upserted upsert(String key, OrganisationInput input, Long expectedVersion, Caller caller) {
        access.requireMayMaintain(caller, key, organisations.stewardship(key));
        Organisation organisation = new Organisation(
                key,
                input.name().trim(),
                CountryCode.of(input.country()),
                input.type(),
                input.sme(),
                NaceCodes.normalise(input.sector()));
        String source = access.sourceOfWrite(caller);
        OrganisationRepository.WriteResult result = organisations.write(
                organisation, expectedVersion, access.writer(caller), o -> events.organisationUpserted(o, source));
        return switch (result.outcome()) {
            case CREATED -> new Upserted(organisation, true, result.version());
            case UPDATED -> new Upserted(organisation, false, result.version());
            case EXISTS_ALREADY -> throw ETags.required("organisation");
            case PLATFORM_FIRM -> throw OrganisationAccess.platformFirm(key);
            case NOT_FOUND ->
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "Organisation " + key
                                + " does not exist, so If-Match cannot match it: send no If-Match to create it");
            case STALE ->
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "Organisation " + key
                                + " changed since you read it (If-Match does not match its ETag): read it again");
        };
    }

    /** The organisation, when the caller may see it; a hidden firm is a 404 as if unknown. */
    public VersionedOrganisation find(String key, Caller caller) {
        return organisations
                .findVersioned(organisations.resolve(key), access.viewer(caller))
                .orElseThrow(() -> ProblemException.notFound("Organisation", key));
    }
}
