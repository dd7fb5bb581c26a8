package org.knowbridge.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the access token says: the roles, and the firm ({@code firm_id}) or organisation
 * ({@code org_id}) the account acts for. Object-level checks in every service start here.
 */
@RequestScoped
public class Caller {

    public static final String FIRM_ID_CLAIM = "firm_id";
    public static final String ORG_ID_CLAIM = "org_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The firm an {@code sme} account acts for. */
    public Optional<String> firmId() {
        return claim(FIRM_ID_CLAIM);
    }

    /** The organisation an {@code agency} or {@code partner} account acts for. */
    public Optional<String> orgId() {
        return claim(ORG_ID_CLAIM);
    }

    /** True when this caller is the {@code sme} account of the given firm. */
    public boolean actsForFirm(String firmId) {
        return hasRole(Roles.SME) && firmId != null && firmId.equals(firmId().orElse(null));
    }

    private Optional<String> claim(String name) {
        if (token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        // Keycloak may render a single-valued attribute as a JSON string with quotes.
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
