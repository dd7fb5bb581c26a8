package org.knowbridge.introductions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.MirroredFirm;
import org.knowbridge.introductions.domain.Route;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Every object-level rule of an introduction, for the caller of the request. Two sides: the requester (the firm's
 * SME user, the agency that onboarded it) and the recipient (the organisation when it is represented on the
 * platform: the partner with that org_id, or the firm with that id through its SME user or onboarding agency;
 * otherwise the broker agency). An introduction the caller is on neither side of is answered as absent (404).
 */
@ApplicationScoped
public class IntroductionAccess {

    private final Caller caller;

    public IntroductionAccess(Caller caller) {
        this.caller = caller;
    }

    /** The firm the caller may request for: its own (sme), one it onboarded (agency); 404 for any other. */
    public String requestingFirm(String firmId, MirroredFirm firm) {
        if (caller.hasRole(Roles.SME) && (firmId == null || caller.actsForFirm(firmId))) {
            return caller.firmId()
                    .orElseThrow(() -> new ProblemException(
                            ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)"));
        }
        if (firmId == null) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "An agency names the firm it requests for",
                    List.of(new Problem.FieldError("firmId", "must be given by an agency")));
        }
        if (caller.hasRole(Roles.AGENCY) && firm != null && onboardedByCaller(firm)) {
            return firmId;
        }
        throw ProblemException.notFound("Firm", firmId);
    }

    /** Sees the whole introduction: admin, the firm's SME user, the agency that onboarded the firm. */
    public boolean onRequesterSide(Introduction introduction, MirroredFirm requester) {
        return caller.isAdmin()
                || caller.actsForFirm(introduction.firmId)
                || (caller.hasRole(Roles.AGENCY) && requester != null && onboardedByCaller(requester));
    }

    /** Answers it: the organisation (or who acts for it), or on the BROKER route the broker agency. */
    public boolean onRecipientSide(Introduction introduction, MirroredFirm recipientFirm) {
        if (introduction.route == Route.BROKER) {
            return caller.hasRole(Roles.AGENCY) && Objects.equals(introduction.brokerAgency, orgId());
        }
        if (caller.hasRole(Roles.PARTNER) && Objects.equals(introduction.organisationKey, orgId())) {
            return true;
        }
        return caller.actsForFirm(introduction.organisationKey)
                || (caller.hasRole(Roles.AGENCY) && recipientFirm != null && onboardedByCaller(recipientFirm));
    }

    /** Sees a firm whatever its publication: admin, the firm's SME user, the agency that onboarded it. */
    public boolean maySee(MirroredFirm firm) {
        return caller.isAdmin()
                || caller.actsForFirm(firm.id)
                || (caller.hasRole(Roles.AGENCY) && onboardedByCaller(firm));
    }

    /** 404 unless the caller is on one of the sides. */
    public void visible(boolean requesterSide, boolean recipientSide, Introduction introduction) {
        if (!requesterSide && !recipientSide) {
            throw ProblemException.notFound("Introduction", introduction.id);
        }
    }

    /** The sent list's scope: a firm id (sme), an onboarding agency (agency), or neither (admin: all). */
    public SentScope sentScope() {
        if (caller.isAdmin()) {
            return new SentScope(null, null);
        }
        if (caller.hasRole(Roles.AGENCY)) {
            return new SentScope(null, orgId() == null ? "" : orgId());
        }
        return new SentScope(
                caller.firmId()
                        .orElseThrow(() -> new ProblemException(
                                ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)")),
                null);
    }

    /** The received list's scope: the keys the caller answers for, and (agency) what it onboarded or brokers. */
    public ReceivedScope receivedScope() {
        String orgId = orgId();
        if (caller.hasRole(Roles.AGENCY)) {
            return new ReceivedScope(List.of(), orgId == null ? "" : orgId, orgId == null ? "" : orgId);
        }
        if (caller.hasRole(Roles.PARTNER)) {
            return new ReceivedScope(orgId == null ? List.of() : List.of(orgId), null, null);
        }
        return new ReceivedScope(caller.firmId().map(List::of).orElse(List.of()), null, null);
    }

    /**
     * Whose requests the matchmaking indicators count: those of the firms the caller's agency onboarded (its org_id),
     * or all (null) for an admin; 403 for other callers and for an agency account without an org_id.
     */
    public String indicatorAgency() {
        if (caller.isAdmin()) {
            return null;
        }
        if (!caller.hasRole(Roles.AGENCY)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Indicators are for agencies and admins");
        }
        return caller.orgId()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN, "Your account is not linked to an agency (no org_id claim)"));
    }

    /** The organisation a partner account acts for: its org_id; 403 when the token names none. */
    public String partnerOrganisation() {
        String orgId = orgId();
        if (orgId == null) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Your account is not linked to an organisation (no org_id claim)");
        }
        return orgId;
    }

    /** An admin reads everything but takes no side: answers and outcomes are the parties' own. */
    public boolean isAdminOnly() {
        return caller.isAdmin() && !caller.hasRole(Roles.SME) && !caller.hasRole(Roles.AGENCY);
    }

    public String username() {
        return caller.username();
    }

    private boolean onboardedByCaller(MirroredFirm firm) {
        return firm.onboardedBy != null && firm.onboardedBy.equals(orgId());
    }

    private String orgId() {
        return caller.orgId().orElse(null);
    }

    public record SentScope(String firmId, String onboardingAgency) {}

    public record ReceivedScope(List<String> organisationKeys, String onboardingAgency, String brokerAgency) {}
}
