package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.IntroductionsApi;
import org.knowbridge.portal.client.PartnerGraphApi;
import org.knowbridge.portal.domain.ForeignCollaboration;
import org.knowbridge.portal.domain.Matchmaking;

/** An agency's indicators: how its firms collaborate abroad (partner-graph) and what its introductions led to. */
@RequestScoped
public class IndicatorsService {

    private final PartnerGraphApi graph;
    private final IntroductionsApi introductions;

    IndicatorsService(@RestClient PartnerGraphApi graph, @RestClient IntroductionsApi introductions) {
        this.graph = graph;
        this.introductions = introductions;
    }

    public ForeignCollaboration foreignCollaboration() {
        return graph.foreignCollaboration();
    }

    public Matchmaking matchmaking() {
        return introductions.matchmaking();
    }
}
