package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.PartnerGraphApi;
import org.knowbridge.portal.domain.Connection;
import org.knowbridge.portal.domain.GraphElements;
import org.knowbridge.portal.domain.Organisation;

/** How the signed-in SME's firm reaches a suggested partner in the collaboration graph,  */
@RequestScoped
public class ConnectionService {

    private final PartnerGraphApi partnerGraph;
    private final SuggestionService suggestions;

    ConnectionService(@RestClient PartnerGraphApi partnerGraph, SuggestionService suggestions) {
        this.partnerGraph = partnerGraph;
        this.suggestions = suggestions;
    }

    /** The firm, the partner and the chain between them as partner-graph answers it. */
    public ConnectionView toPartner(String partnerKey) {
        String firmId = suggestions.firmId();
        Organisation firm = partnerGraph.organisation(firmId);
        Organisation partner = partnerGraph.organisation(partnerKey);
        Connection connection = partnerGraph.connection(firmId, partnerKey);
        return new ConnectionView(firm, partner, connection, GraphElements.of(connection, firm, partner));
    }

    /** What the graph page shows. */
    public record ConnectionView(
            Organisation firm, Organisation partner, Connection connection, GraphElements elements) {}
}
