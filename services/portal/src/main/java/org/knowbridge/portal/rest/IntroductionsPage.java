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
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;
import org.knowbridge.portal.domain.QueryString;
import org.knowbridge.portal.domain.ReceivedIntroduction;
import org.knowbridge.portal.service.ReceivedIntroductionsService;

/** Introductions received by the user's organisation: read who asks and why, accept or decline with a reason. */
@Path("/introductions")
@Produces(MediaType.TEXT_HTML)
public class IntroductionsPage {

    static final List<String> STATES =
            List.of("REQUESTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED", "MEETING_HELD", "AGREEMENT_SIGNED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance received(
                List<ReceivedIntroduction> introductions,
                String state,
                List<String> states,
                List<IntroductionDeclineReason> reasons,
                String done);
    }

    private final ReceivedIntroductionsService introductions;
    private final CsrfTokens csrf;

    IntroductionsPage(ReceivedIntroductionsService introductions, CsrfTokens csrf) {
        this.introductions = introductions;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance received(@RestQuery String state, @RestQuery String done) {
        String chosen = state != null && STATES.contains(state) ? state : null;
        return Templates.received(
                introductions.list(chosen), chosen, STATES, List.of(IntroductionDeclineReason.values()), done);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath String id, @RestForm("csrf-token") String token) {
        csrf.verify(token);
        introductions.accept(id);
        return done("accepted");
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(
            @RestPath String id,
            @RestForm("csrf-token") String token,
            @RestForm IntroductionDeclineReason reason,
            @RestForm String text) {
        csrf.verify(token);
        introductions.decline(id, reason == null ? IntroductionDeclineReason.OTHER : reason, text);
        return done("declined");
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/introductions" + new QueryString().add("done", what)))
                .build();
    }
}
