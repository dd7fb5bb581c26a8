package org.knowbridge.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.Feedback;
import org.knowbridge.portal.domain.Suggestions;

/** The recommendations service (api-specs/recommendations.yaml), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "recommendations")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1/firms/{firmId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public interface RecommendationsApi {

    @GET
    Suggestions suggestions(
            @RestPath String firmId,
            @RestQuery List<String> country,
            @RestQuery List<String> kind,
            @RestQuery List<String> channel,
            @RestQuery int limit);

    @PUT
    @Path("/feedback/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void giveFeedback(@RestPath String firmId, @RestPath String partnerId, Feedback feedback);
}
