package org.knowbridge.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.Connection;
import org.knowbridge.portal.domain.ForeignCollaboration;
import org.knowbridge.portal.domain.Organisation;
import org.knowbridge.portal.domain.PartnerPage;
import org.knowbridge.portal.domain.SearchResults;

/** The partner-graph service (api-specs/partner-graph.yaml), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "partner-graph")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerGraphApi {

    @GET
    @Path("/organisations")
    SearchResults search(
            @RestQuery String q,
            @RestQuery String country,
            @RestQuery String type,
            @RestQuery Boolean sme,
            @RestQuery String cursor,
            @RestQuery int limit);

    @GET
    @Path("/organisations/{key}")
    Organisation organisation(@RestPath String key);

    /** The organisation's partners, for those who may see them (its own people, its agency, admins); else 404. */
    @GET
    @Path("/organisations/{key}/partners")
    PartnerPage partners(@RestPath String key, @RestQuery int limit);

    @GET
    @Path("/organisations/{from}/connection/{to}")
    Connection connection(@RestPath String from, @RestPath String to);

    /** Share of the SMEs the caller may see that work with foreign partners (an agency: the firms it onboarded). */
    @GET
    @Path("/indicators/foreign-collaboration")
    ForeignCollaboration foreignCollaboration();
}
