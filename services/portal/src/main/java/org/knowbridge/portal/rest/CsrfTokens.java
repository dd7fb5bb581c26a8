package org.knowbridge.portal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.portal.service.SignedInUser;

/**
 * The token every state-changing form carries (synchronizer token pattern): an HMAC of the sign-in session under a
 * server secret, so a page of another site cannot forge a post even where the SameSite cookie would be sent.
 * Templates read it as {@code inject:csrf.token}.
 */
@ApplicationScoped
@Named("csrf")
public class CsrfTokens {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf-token";

    private final SignedInUser user;
    private final SecretKeySpec key;

    CsrfTokens(SignedInUser user, @ConfigProperty(name = "knowbridge.portal.csrf-secret") Optional<String> secret) {
        this.user = user;
        // Unset, a random key per process: forms rendered before a restart must be reloaded, like the sessions.
        byte[] bytes = secret.filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CsrfTokens::randomKey);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String getField() {
        return FIELD;
    }

    /** The token of the current sign-in. */
    public String getToken() {
        return tokenFor(user.sessionBinding());
    }

    /** Throws {@link CsrfRefused} unless {@code token} is the current sign-in's. */
    public void verify(String token) {
        byte[] expected = getToken().getBytes(StandardCharsets.UTF_8);
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new CsrfRefused();
        }
    }

    String tokenFor(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
