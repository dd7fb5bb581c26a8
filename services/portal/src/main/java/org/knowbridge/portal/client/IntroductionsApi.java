package org.knowbridge.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.Matchmaking;
import org.knowbridge.portal.domain.Notifications;

/** The introductions service (api-specs/introductions.yaml): the inbox and the matchmaking figures, with the signed-in user's access token. */
@RegisterRestClient(configKey = "introductions")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IntroductionsApi {

    @GET
    @Path("/notifications")
    Notifications notifications(@RestQuery String cursor, @RestQuery int limit);

    /** What came of the introductions the agency's firms asked for (an admin: all). */
    @GET
    @Path("/introductions/indicators")
    Matchmaking matchmaking();
}
