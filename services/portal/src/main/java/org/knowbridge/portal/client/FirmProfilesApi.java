package org.knowbridge.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.Firm;
import org.knowbridge.portal.domain.FirmList;
import org.knowbridge.portal.domain.ImportJob;

/** The firm-profiles service (api-specs/firm-profiles.yaml), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "firm-profiles")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1/firms")
@Produces(MediaType.APPLICATION_JSON)
public interface FirmProfilesApi {

    /** The firm with its ETag header, which a change must send back. */
    @GET
    @Path("/{id}")
    Response firm(@RestPath String id);

    /** @param profile the whole profile (FirmProfileInput): what it leaves out becomes unknown */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Firm replace(@RestPath String id, @HeaderParam(HttpHeaders.IF_MATCH) String etag, Map<String, Object> profile);

    @POST
    @Path("/{id}/submit")
    Firm submit(@RestPath String id);

    @POST
    @Path("/{id}/publish")
    Firm publish(@RestPath String id);

    @POST
    @Path("/{id}/suspend")
    Firm suspend(@RestPath String id);

    /** Starts a bulk import of a CSV file; its progress is read with {@link #importJob}. */
    @POST
    @Path("/imports")
    @Consumes("text/csv")
    ImportJob importCsv(byte[] file);

    /** Starts a bulk import of a JSON Lines file. */
    @POST
    @Path("/imports")
    @Consumes("application/jsonl")
    ImportJob importJsonLines(byte[] file);

    @GET
    @Path("/imports/{jobId}")
    ImportJob importJob(@RestPath String jobId);

    /**
     * For an agency, the firms it onboarded.
     *
     * @param q words of the name, or null
     */
    @GET
    FirmList firms(@RestQuery String q, @RestQuery String status, @RestQuery String cursor, @RestQuery int limit);
}
