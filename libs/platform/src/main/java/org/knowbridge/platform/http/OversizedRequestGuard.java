package org.knowbridge.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Answers a request whose declared body exceeds {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413 before anything reads it. Quarkus' own limit answers with an empty 413, which clients
 * cannot tell from any other; it stays in place for bodies sent without a length.
 */
@ApplicationScoped
public class OversizedRequestGuard {

    // Runs before Quarkus' own body-size check (order -2).
    private static final int ORDER = -3;

    private final long limitBytes;
    private final RouteProblems problems;

    public OversizedRequestGuard(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
            RouteProblems problems) {
        this.limitBytes = limit.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceedsLimit(declared)) {
            problems.endWith(
                    context,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The body may be at most " + limitBytes + " bytes; this one declares " + declared.trim());
            return;
        }
        context.next();
    }

    private boolean exceedsLimit(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limitBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
