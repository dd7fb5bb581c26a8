package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.PartnerGraphApi;
import org.knowbridge.portal.domain.PartnerSearch;
import org.knowbridge.portal.domain.SearchResults;

/** Partner search by words and facets, as partner-graph answers the signed-in user. */
@RequestScoped
public class PartnerSearchService {

    static final int PAGE_SIZE = 20;

    private final PartnerGraphApi partnerGraph;

    PartnerSearchService(@RestClient PartnerGraphApi partnerGraph) {
        this.partnerGraph = partnerGraph;
    }

    public SearchResults search(PartnerSearch search) {
        return partnerGraph.search(
                search.q(), search.country(), search.type(), search.sme(), search.cursor(), PAGE_SIZE);
    }
}
