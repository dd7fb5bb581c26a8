package org.knowbridge.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Answers a request whose body exceeds {@code quarkus.http.limits.max-body-size} with a problem+json 413.
 * A declared length is checked before anything reads the body; a body sent without one (chunked) is read up
 * to the limit here, and refused as soon as it passes it. Quarkus' own limit would answer the first with an
 * empty 413 and hand the second cut short to the JSON reader, which calls it malformed. Multipart uploads
 * without a length are left to the import endpoints, which bound each file themselves.
 */
@ApplicationScoped
public class OversizedRequestGuard {

    // Runs before Quarkus' own body-size check (order -2).
    private static final int ORDER = -3;

    private final long limitBytes;
    private final RouteProblems problems;
    private final BodyHandler boundedBody;

    public OversizedRequestGuard(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
            RouteProblems problems) {
        this.limitBytes = limit.asLongValue();
        this.problems = problems;
        this.boundedBody = BodyHandler.create(false).setBodyLimit(limitBytes);
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::tooLarge);
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
        if (declared == null && isChunked(context) && !isMultipart(context)) {
            // Reads the body into the request (the REST layer takes it from there), failing with 413 past the limit.
            boundedBody.handle(context);
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        problems.endWith(
                context,
                ProblemType.PAYLOAD_TOO_LARGE,
                "The body may be at most " + limitBytes + " bytes; this one is longer");
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private boolean exceedsLimit(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limitBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
