package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.knowbridge.portal.domain.Organisation;
import org.knowbridge.portal.domain.PartnerPage;
import org.knowbridge.portal.service.OrganisationService;

/** One organisation of the collaboration graph, as the signed-in user may see it, with its partners where allowed. */
@Path("/organisations/{key}")
@Produces(MediaType.TEXT_HTML)
public class OrganisationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisation(Organisation organisation, PartnerPage partners);
    }

    private final OrganisationService organisations;

    OrganisationPage(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    public TemplateInstance show(@RestPath String key) {
        Organisation organisation = organisations.organisation(key);
        return Templates.organisation(organisation, organisations.partners(key).orElse(null));
    }
}
