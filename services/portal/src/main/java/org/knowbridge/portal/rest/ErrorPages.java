package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.knowbridge.portal.domain.ApiProblem;
import org.knowbridge.portal.service.NotAnSme;

/**
 * Every failure as a page in words: a service's refusal shows its problem detail, anything else a plain sentence.
 * Never a stack trace; the log keeps what went wrong.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String message, boolean signedIn);
    }

    private final SecurityIdentity identity;

    ErrorPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        // A service that is down or failed is the portal's 502 to the user, with the service's own words.
        int status = problem.status() >= 500 ? 502 : problem.status();
        return page(status, problem.detail());
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warn("A service could not be reached", e);
        return page(503, "A KnowBridge service cannot be reached right now. Please try again in a moment.");
    }

    @ServerExceptionMapper
    public Response notAnSme(NotAnSme e) {
        return page(403, e.getMessage());
    }

    @ServerExceptionMapper
    public Response csrf(CsrfRefused e) {
        return page(403, e.getMessage());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return page(status, status == 404 ? "There is no such page." : "This request cannot be answered.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure of a page", e);
        return page(500, "Something went wrong on our side. Please try again.");
    }

    private Response page(int status, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, message, !identity.isAnonymous())
                        .render())
                .build();
    }
}
