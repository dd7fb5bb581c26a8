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
 * Refuses an HTTP/1.x request without a Host header (HTTP/1.0 allows it) with a problem+json 400: further
 * along, building the request's absolute URI fails on it and would answer 500 with a stack trace in the log.
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
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpVersion version = context.request().version();
        String host = context.request().getHeader(HttpHeaders.HOST);
        if (version != HttpVersion.HTTP_2 && (host == null || host.isBlank())) {
            problems.endWith(
                    context,
                    ProblemType.VALIDATION_FAILED,
                    "The request must name its Host",
                    List.of(new Problem.FieldError("Host", "required header")));
            return;
        }
        context.next();
    }
}
