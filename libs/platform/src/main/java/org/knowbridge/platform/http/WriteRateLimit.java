package org.knowbridge.platform.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Limits each caller's writes (POST, PUT, PATCH, DELETE under {@code /api}) with a token bucket: a burst of
 * {@code knowbridge.rate-limit.burst} writes, earned back at {@code knowbridge.rate-limit.per-minute}. A
 * caller is the token's subject, or the client address for a request without a valid token. Beyond the limit
 * the answer is a problem+json 429 with Retry-After, before the request body is read. The buckets are in
 * memory, so each instance limits on its own.
 */
@ApplicationScoped
public class WriteRateLimit {

    // After authentication has put the deferred identity on the request, before the REST endpoints.
    private static final int ORDER = 9_000;
    /** The methods that change something. */
    static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final TokenBuckets buckets;
    private final RouteProblems problems;
    private final Counter userRefusals;
    private final Counter anonymousRefusals;

    public WriteRateLimit(
            @ConfigProperty(name = "knowbridge.rate-limit.burst", defaultValue = "300") long burst,
            @ConfigProperty(name = "knowbridge.rate-limit.per-minute", defaultValue = "1200") long perMinute,
            RouteProblems problems,
            MeterRegistry registry) {
        this.buckets = new TokenBuckets(burst, perMinute, System::nanoTime);
        this.problems = problems;
        this.userRefusals = refusals(registry, "user");
        this.anonymousRefusals = refusals(registry, "anonymous");
    }

    private static Counter refusals(MeterRegistry registry, String caller) {
        return Counter.builder("knowbridge.rate.limit.refusals")
                .description("Writes refused with 429 because the caller was over its rate limit")
                .tag("caller", caller)
                .register(registry);
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!WRITES.contains(context.request().method())) {
            context.next();
            return;
        }
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            limit(context, Optional.empty());
            return;
        }
        identity.subscribe()
                .with(
                        found -> limit(context, subject(found)),
                        // An invalid token: counted by address, and answered 401 further along.
                        failure -> limit(context, Optional.empty()));
    }

    private static Optional<String> subject(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return Optional.of(token.getSubject());
        }
        return Optional.of(identity.getPrincipal().getName());
    }

    private void limit(RoutingContext context, Optional<String> subject) {
        String key = subject.map(s -> "sub:" + s).orElseGet(() -> "addr:" + address(context));
        Optional<Duration> wait = buckets.tryAcquire(key);
        if (wait.isEmpty()) {
            context.next();
            return;
        }
        (subject.isPresent() ? userRefusals : anonymousRefusals).increment();
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        problems.endWith(
                context,
                ProblemType.TOO_MANY_REQUESTS,
                "Too many writes from this caller; retry in " + seconds + " second" + (seconds == 1 ? "" : "s")
                        + " (see Retry-After)");
    }

    private static String address(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
