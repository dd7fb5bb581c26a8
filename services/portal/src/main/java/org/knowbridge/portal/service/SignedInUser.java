package org.knowbridge.portal.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in, from the ID token of the session: name, and the firm an SME account acts for. */
@RequestScoped
@Named("signedInUser")
public class SignedInUser {

    private final JsonWebToken idToken;
    private final SecurityIdentity identity;

    // In the code flow the injected token is the ID token; the roles come from the access token.
    public SignedInUser(JsonWebToken idToken, SecurityIdentity identity) {
        this.idToken = idToken;
        this.identity = identity;
    }

    /** The org_id claim of a partner account: the organisation it acts for; empty for others. */
    public Optional<String> organisationId() {
        return Optional.ofNullable(idToken.<String>getClaim("org_id")).filter(id -> !id.isBlank());
    }

    /** A partner organisation's account (the nav links its organisation's page). */
    public boolean isPartner() {
        return identity.hasRole("partner") && organisationId().isPresent();
    }

    /** The account of an SME's own firm. */
    public boolean isSme() {
        return firmId().isPresent();
    }

    /** An agency's adviser: onboards firms (the nav shows its firms). */
    public boolean isAgency() {
        return identity.hasRole("agency");
    }

    public String name() {
        String preferred = idToken.getClaim("preferred_username");
        return preferred != null ? preferred : idToken.getSubject();
    }

    /** The firm_id claim of an SME account; empty for agencies, partners and admins. */
    public Optional<String> firmId() {
        return Optional.ofNullable(idToken.<String>getClaim("firm_id")).filter(id -> !id.isBlank());
    }

    /** What ties a form to this sign-in: the user and Keycloak's session, which stay the same across token refreshes. */
    public String sessionBinding() {
        String session = idToken.getClaim("sid");
        return idToken.getSubject() + "|" + (session != null ? session : idToken.getIssuedAtTime());
    }
}
