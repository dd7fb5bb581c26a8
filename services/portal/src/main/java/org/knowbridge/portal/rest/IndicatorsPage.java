package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.knowbridge.portal.domain.ForeignCollaboration;
import org.knowbridge.portal.domain.Matchmaking;
import org.knowbridge.portal.service.IndicatorsService;

/** The agency's indicators as charts: SMEs with foreign collaboration by country, kind and channel; matchmaking. */
@Path("/indicators")
@Produces(MediaType.TEXT_HTML)
public class IndicatorsPage {

    /** Countries charted; the rest are summed up in words below the chart. */
    static final int COUNTRIES_SHOWN = 15;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance indicators(
                ForeignCollaboration collaboration, Matchmaking matchmaking, int countriesShown);
    }

    private final IndicatorsService indicators;

    IndicatorsPage(IndicatorsService indicators) {
        this.indicators = indicators;
    }

    @GET
    public TemplateInstance show() {
        return Templates.indicators(indicators.foreignCollaboration(), indicators.matchmaking(), COUNTRIES_SHOWN);
    }
}
