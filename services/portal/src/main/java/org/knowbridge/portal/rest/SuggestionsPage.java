package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.portal.domain.QueryString;
import org.knowbridge.portal.domain.SuggestionFilters;
import org.knowbridge.portal.domain.Suggestions;
import org.knowbridge.portal.service.ConnectionService;
import org.knowbridge.portal.service.ConnectionService.ConnectionView;
import org.knowbridge.portal.service.SuggestionService;

/** The SME's suggested partners with their reasons, its answers to them, and the way to each. */
@Path("/suggestions")
@Produces(MediaType.TEXT_HTML)
public class SuggestionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Suggestions suggestions, SuggestionFilters filters, FilterOptions options, String saved);

        static native TemplateInstance connection(ConnectionView view, String elementsJson);
    }

    private final SuggestionService suggestions;
    private final ConnectionService connections;
    private final CsrfTokens csrf;
    private final GraphJson graphJson;

    SuggestionsPage(
            SuggestionService suggestions, ConnectionService connections, CsrfTokens csrf, GraphJson graphJson) {
        this.suggestions = suggestions;
        this.connections = connections;
        this.csrf = csrf;
        this.graphJson = graphJson;
    }

    @GET
    public TemplateInstance list(
            @RestQuery String country, @RestQuery String kind, @RestQuery String channel, @RestQuery String saved) {
        SuggestionFilters filters =
                new SuggestionFilters(country == null ? null : country.toUpperCase(Locale.ROOT), kind, channel);
        return Templates.list(suggestions.list(filters), filters, FilterOptions.ALL, saved);
    }

    @POST
    @Path("{partnerId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath String partnerId, @RestForm("csrf-token") String token, @RestForm String back) {
        csrf.verify(token);
        suggestions.accept(partnerId);
        return backToList(back, "accepted");
    }

    @POST
    @Path("{partnerId}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(
            @RestPath String partnerId,
            @RestForm("csrf-token") String token,
            @RestForm DeclineReason reason,
            @RestForm String back) {
        csrf.verify(token);
        suggestions.decline(partnerId, reason == null ? DeclineReason.OTHER : reason);
        return backToList(back, "declined");
    }

    @GET
    @Path("{partnerId}/connection")
    public TemplateInstance connection(@RestPath String partnerId) {
        ConnectionView view = connections.toPartner(partnerId);
        return Templates.connection(view, graphJson.write(view.elements()));
    }

    /** Back to the list the user came from (its filters), never to another site. */
    private static Response backToList(String back, String saved) {
        return Response.seeOther(QueryString.backTo("/suggestions", back, "saved", saved))
                .build();
    }
}
