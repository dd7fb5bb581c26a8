package org.knowbridge.portal.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.knowbridge.portal.service.SignedInUser;

class CsrfTokensTest {

    @Test
    void theTokenOfTheSignInPasses() {
        CsrfTokens csrf = tokensFor(idToken("user-1", "session-1"), "secret");

        assertDoesNotThrow(() -> csrf.verify(csrf.getToken()));
    }

    @Test
    void aMissingOrForeignTokenIsRefused() {
        CsrfTokens mine = tokensFor(idToken("user-1", "session-1"), "secret");
        CsrfTokens anotherSession = tokensFor(idToken("user-1", "session-2"), "secret");

        assertNotEquals(mine.getToken(), anotherSession.getToken());
        assertThrows(CsrfRefused.class, () -> mine.verify(null));
        assertThrows(CsrfRefused.class, () -> mine.verify(""));
        assertThrows(CsrfRefused.class, () -> mine.verify(anotherSession.getToken()));
    }

    @Test
    void anotherServerSecretMakesAnotherToken() {
        JsonWebToken token = idToken("user-1", "session-1");

        assertNotEquals(
                tokensFor(token, "secret").getToken(), tokensFor(token, "other").getToken());
    }

    private static CsrfTokens tokensFor(JsonWebToken idToken, String secret) {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(idToken)
                .addRole("sme")
                .build();
        return new CsrfTokens(new SignedInUser(idToken, identity), Optional.of(secret));
    }

    private static JsonWebToken idToken(String subject, String session) {
        Map<String, Object> claims = Map.of("sub", subject, "sid", session, "preferred_username", "demo-sme");
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "demo-sme";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
