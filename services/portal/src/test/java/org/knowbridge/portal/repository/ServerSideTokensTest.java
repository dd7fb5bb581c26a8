package org.knowbridge.portal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.security.AuthenticationFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerSideTokensTest {

    private final MovableClock clock = new MovableClock();
    private final ServerSideTokens store = new ServerSideTokens(Duration.ofHours(10), clock);
    private final AuthorizationCodeTokens tokens = new AuthorizationCodeTokens("id", "access", "refresh");

    @Test
    void theCookieHoldsARandomHandleAndTheTokensStayHere() {
        String handle = store.createTokenState(null, null, tokens, null).await().indefinitely();
        String other = store.createTokenState(null, null, tokens, null).await().indefinitely();

        assertNotEquals(handle, other);
        assertEquals(-1, handle.indexOf("access"));
        assertEquals(
                "access",
                store.getTokens(null, null, handle, null).await().indefinitely().getAccessToken());
    }

    @Test
    void aSignedOutSessionIsGone() {
        String handle = store.createTokenState(null, null, tokens, null).await().indefinitely();

        store.deleteTokens(null, null, handle, null).await().indefinitely();

        assertThrows(
                AuthenticationFailedException.class,
                () -> store.getTokens(null, null, handle, null).await().indefinitely());
    }

    @Test
    void aSessionEndsAfterItsLifetimeAndIsForgotten() {
        String handle = store.createTokenState(null, null, tokens, null).await().indefinitely();

        clock.advance(Duration.ofHours(11));

        assertThrows(
                AuthenticationFailedException.class,
                () -> store.getTokens(null, null, handle, null).await().indefinitely());
        store.createTokenState(null, null, tokens, null).await().indefinitely();
        assertEquals(1, store.size());
    }

    @Test
    void anUnknownHandleSignsIn() {
        assertThrows(
                AuthenticationFailedException.class,
                () -> store.getTokens(null, null, "forged", null).await().indefinitely());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
