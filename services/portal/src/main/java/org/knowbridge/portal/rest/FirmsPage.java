package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.FirmList;
import org.knowbridge.portal.domain.QueryString;
import org.knowbridge.portal.service.AgencyFirmsService;
import org.knowbridge.portal.service.AgencyFirmsService.Step;

/** An agency's firms with their status, and the onboarding steps it takes on them. */
@Path("/firms")
@Produces(MediaType.TEXT_HTML)
public class FirmsPage {

    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "PUBLISHED", "SUSPENDED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance firms(
                FirmList firms,
                String q,
                String status,
                List<String> statuses,
                String query,
                String nextPage,
                String done);
    }

    private final AgencyFirmsService firms;
    private final CsrfTokens csrf;

    FirmsPage(AgencyFirmsService firms, CsrfTokens csrf) {
        this.firms = firms;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance list(
            @RestQuery String q, @RestQuery String status, @RestQuery String cursor, @RestQuery String done) {
        String name = QueryString.valueOf(q);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        FirmList page = firms.list(name, chosen, QueryString.valueOf(cursor));
        String next = page.nextCursor() == null
                ? null
                : new QueryString()
                        .add("q", name)
                        .add("status", chosen)
                        .add("cursor", page.nextCursor())
                        .toString();
        String query = new QueryString().add("q", name).add("status", chosen).toString();
        return Templates.firms(page, name, chosen, STATUSES, query, next, done);
    }

    @POST
    @Path("{firmId}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response take(
            @RestPath String firmId,
            @RestPath String step,
            @RestForm("csrf-token") String token,
            @RestForm String back) {
        csrf.verify(token);
        Step chosen;
        try {
            chosen = Step.valueOf(step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        firms.take(chosen, firmId);
        return Response.seeOther(
                        QueryString.backTo("/firms", back, "done", chosen.name().toLowerCase(Locale.ROOT)))
                .build();
    }
}
