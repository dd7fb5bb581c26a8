package org.knowbridge.portal.repository;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each session's tokens (ID, access, refresh) on the server; the browser's session cookie holds only a random
 * handle to them. Held in this process's memory: a restart signs everyone out, and several replicas need sticky
 * sessions (or a shared store in place of this one).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ServerSideTokens implements TokenStateManager {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Held> sessions = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    ServerSideTokens(@ConfigProperty(name = "knowbridge.portal.session-lifetime") Duration lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    ServerSideTokens(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public Uni<String> createTokenState(
            RoutingContext context,
            OidcTenantConfig config,
            AuthorizationCodeTokens tokens,
            OidcRequestContext<String> request) {
        forgetExpired();
        String handle = newHandle();
        sessions.put(handle, new Held(tokens, clock.instant().plus(lifetime)));
        return Uni.createFrom().item(handle);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(
            RoutingContext context,
            OidcTenantConfig config,
            String handle,
            OidcRequestContext<AuthorizationCodeTokens> request) {
        Held held = sessions.get(handle);
        if (held == null || held.expiresAt().isBefore(clock.instant())) {
            sessions.remove(handle);
            // An unknown or expired handle (e.g. after a restart): the user signs in again.
            return Uni.createFrom().failure(new AuthenticationFailedException("The session has ended"));
        }
        return Uni.createFrom().item(held.tokens());
    }

    @Override
    public Uni<Void> deleteTokens(
            RoutingContext context, OidcTenantConfig config, String handle, OidcRequestContext<Void> request) {
        sessions.remove(handle);
        return Uni.createFrom().voidItem();
    }

    int size() {
        return sessions.size();
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(held -> held.expiresAt().isBefore(now));
    }

    private static String newHandle() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Held(AuthorizationCodeTokens tokens, Instant expiresAt) {}
}
