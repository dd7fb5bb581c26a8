package org.knowbridge.platform.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Answers a request whose URI is longer than {@code knowbridge.http.max-uri-length} with a problem+json 414.
 * Vert.x refuses a request line over {@code quarkus.http.limits.max-initial-line-length} in its decoder, before
 * any route runs, with an empty 414 that Quarkus gives no hook for; that limit is set well above this one, so
 * every URI a client would plausibly send is answered here, in our words.
 */
@ApplicationScoped
public class LongUriGuard {

    // Right after the Host check, before anything reads parameters.
    private static final int ORDER = Integer.MIN_VALUE + 1;

    private final int maxLength;
    private final RouteProblems problems;

    public LongUriGuard(
            @ConfigProperty(name = "knowbridge.http.max-uri-length") int maxLength, RouteProblems problems) {
        this.maxLength = maxLength;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        int length = context.request().uri().length();
        if (length > maxLength) {
            problems.endWith(
                    context,
                    ProblemType.URI_TOO_LONG,
                    "The URI may be at most " + maxLength + " characters; this one has " + length);
            return;
        }
        context.next();
    }
}
