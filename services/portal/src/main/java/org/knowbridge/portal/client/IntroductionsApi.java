package org.knowbridge.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.IntroductionDecline;
import org.knowbridge.portal.domain.Matchmaking;
import org.knowbridge.portal.domain.Notifications;
import org.knowbridge.portal.domain.ReceivedIntroduction;

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

    /** The introductions the user's organisation received, newest first. */
    @GET
    @Path("/introductions/received")
    List<ReceivedIntroduction> received(@RestQuery String state, @RestQuery int limit);

    @POST
    @Path("/introductions/{id}/accept")
    ReceivedIntroduction accept(@RestPath String id);

    @POST
    @Path("/introductions/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    ReceivedIntroduction decline(@RestPath String id, IntroductionDecline decline);

    /** What came of the introductions the agency's firms asked for (an admin: all). */
    @GET
    @Path("/introductions/indicators")
    Matchmaking matchmaking();
}
