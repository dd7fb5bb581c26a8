package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.PartnerGraphApi;
import org.knowbridge.portal.domain.ApiProblem;
import org.knowbridge.portal.domain.Organisation;
import org.knowbridge.portal.domain.PartnerPage;

/** One organisation of the graph and, for those who may see them, its partners. */
@RequestScoped
public class OrganisationService {

    /** Partners shown on the page: a neighbourhood a person reads, the largest ones run to thousands. */
    static final int PARTNERS_SHOWN = 100;

    private final PartnerGraphApi partnerGraph;

    OrganisationService(@RestClient PartnerGraphApi partnerGraph) {
        this.partnerGraph = partnerGraph;
    }

    public Organisation organisation(String key) {
        return partnerGraph.organisation(key);
    }

    /** Its partners, or empty when the user may not see them (partner-graph answers 404 then). */
    public Optional<PartnerPage> partners(String key) {
        try {
            return Optional.of(partnerGraph.partners(key, PARTNERS_SHOWN));
        } catch (ApiProblem refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }
}
