package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.knowbridge.portal.domain.Organisation;
import org.knowbridge.portal.service.ConnectionService;

/** One organisation of the collaboration graph, as the signed-in user may see it. */
@Path("/organisations/{key}")
@Produces(MediaType.TEXT_HTML)
public class OrganisationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisation(Organisation organisation);
    }

    private final ConnectionService connections;

    OrganisationPage(ConnectionService connections) {
        this.connections = connections;
    }

    @GET
    public TemplateInstance show(@RestPath String key) {
        return Templates.organisation(connections.organisation(key));
    }
}
