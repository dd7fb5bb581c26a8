package org.knowbridge.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Refuses an HTTP/1.x request without a usable Host header with a problem+json 400. Vert.x Web itself fails an
 * HTTP/1.1 request without one (or with one it cannot parse) before any route runs; Quarkus would answer that
 * in its own JSON and log it as an error with a stack trace. HTTP/1.0 allows leaving Host out, so Vert.x lets
 * it through, but building the request's absolute URI fails on it further along.
 */
@ApplicationScoped
public class HostRequiredGuard {

    // Before every other handler of ours and Quarkus' body handling.
    private static final int ORDER = Integer.MIN_VALUE;

    private final RouteProblems problems;

    public HostRequiredGuard(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::refusedByRouter);
    }

    private void check(RoutingContext context) {
        if (lacksHost(context)) {
            refuse(context);
            return;
        }
        context.next();
    }

    /** The router's own refusal of a request without a valid Host, answered in our words instead. */
    private void refusedByRouter(RoutingContext context) {
        if (context.statusCode() == 400 && !context.response().headWritten() && lacksHost(context)) {
            refuse(context);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context) {
        problems.endWith(
                context,
                ProblemType.VALIDATION_FAILED,
                "The request must name its Host",
                List.of(new Problem.FieldError("Host", "required header, a host name or address")));
    }

    private static boolean lacksHost(RoutingContext context) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            return false;
        }
        String host = context.request().getHeader(HttpHeaders.HOST);
        // No authority: Vert.x could not read the header as a host and port.
        return host == null || host.isBlank() || context.request().authority() == null;
    }
}
