package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.PartnerSearch;
import org.knowbridge.portal.domain.SearchResults;
import org.knowbridge.portal.service.PartnerSearchService;

/** Finding partners by words, narrowed by facets (country, type, SME) with their counts. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(PartnerSearch search, SearchResults results);
    }

    private final PartnerSearchService partners;

    SearchPage(PartnerSearchService partners) {
        this.partners = partners;
    }

    @GET
    public TemplateInstance search(
            @RestQuery String q,
            @RestQuery String country,
            @RestQuery String type,
            @RestQuery Boolean sme,
            @RestQuery String cursor) {
        PartnerSearch search =
                new PartnerSearch(q, country == null ? null : country.toUpperCase(Locale.ROOT), type, sme, cursor);
        return Templates.search(search, partners.search(search));
    }
}
