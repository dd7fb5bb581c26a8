package org.knowbridge.introductions.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.introductions.domain.Audience;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Whose notifications (and webhooks) the caller reads: an SME user its firm's, an agency or a partner its
 * organisation's. An agency's organisation is where the notices of the firms it onboarded and of the requests it
 * brokers go, so the inbox and webhooks follow the introductions' own visibility rules.
 */
@ApplicationScoped
public class NotificationAccess {

    private final Caller caller;

    public NotificationAccess(Caller caller) {
        this.caller = caller;
    }

    /** The caller's audience; 403 when its token names no firm (sme) or organisation (agency, partner). */
    public String audience() {
        if (caller.hasRole(Roles.AGENCY) || caller.hasRole(Roles.PARTNER)) {
            return Audience.organisation(caller.orgId()
                    .orElseThrow(() -> new ProblemException(
                            ProblemType.FORBIDDEN, "Your account is not linked to an organisation (no org_id claim)")));
        }
        if (caller.hasRole(Roles.SME)) {
            return Audience.firm(caller.firmId()
                    .orElseThrow(() -> new ProblemException(
                            ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)")));
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "Only firms and organisations have notifications");
    }

    /** An admin reads every subscription and its log, and may resume or delete any. */
    public boolean seesAllWebhooks() {
        return caller.isAdmin();
    }

    /** The audience whose webhooks the caller manages; null for an admin without one (all of them). */
    public String webhookAudience() {
        if (caller.hasRole(Roles.AGENCY) || caller.hasRole(Roles.PARTNER)) {
            return audience();
        }
        return null;
    }

    public String username() {
        return caller.username();
    }
}
