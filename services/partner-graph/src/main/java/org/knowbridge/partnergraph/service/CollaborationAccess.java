package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.CollaborationSource;
import org.knowbridge.partnergraph.domain.Stewardship;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.CollaborationRepository;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Who may record, read, end, confirm, reject and withdraw which collaboration. A caller acts for a party when
 * it is an admin; an agency and the party is a firm it onboarded (the firm's {@code onboardedBy}, mirrored from
 * firm-profiles, equal to the token's {@code org_id}, or a node linked to such a firm) or an organisation it
 * created; an sme and the party is its own firm ({@code firm_id}) or that firm's register node; a partner and
 * the party is its own organisation ({@code org_id}).
 *
 * <p>Recording needs to act for a party (else 403). A claim naming a party that has a platform owner (a
 * platform firm or a partner's organisation) the caller does not act for waits for that side: PENDING until it
 * confirms or rejects. Reading and ending need to act for a party; confirming and rejecting for the awaited
 * party, withdrawing for the claiming one. A collaboration the caller may not read answers 404, so keys of
 * others' collaborations leak nothing. A collaboration with a party firm the caller may not see
 * ({@link OrganisationAccess#viewer}) is not there to read for it either.
 */
@ApplicationScoped
class CollaborationAccess {

    private final OrganisationRepository organisations;
    private final OrganisationAccess organisationAccess;

    CollaborationAccess(OrganisationRepository organisations, OrganisationAccess organisationAccess) {
        this.organisations = organisations;
        this.organisationAccess = organisationAccess;
    }

    /** Which firms the caller may see: a collaboration is read only when it may see every party. */
    Viewer viewer(Caller caller) {
        return organisationAccess.viewer(caller);
    }

    void requireMayRecord(Caller caller, List<String> partyKeys) {
        if (!mayActForAny(caller, partyKeys)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "You may only record collaborations your own organisation is a party to");
        }
    }

    /**
     * The party whose confirmation a claim by {@code caller} awaits: one with a platform owner the caller does
     * not act for; empty when the claim stands at once (an admin's, or one with register organisations only).
     */
    Optional<String> awaitedParty(Caller caller, List<String> partyKeys) {
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        Map<String, Stewardship> stewards = organisations.stewardship(partyKeys);
        return partyKeys.stream()
                .filter(key -> stewards.containsKey(key) && stewards.get(key).hasPlatformOwner())
                .filter(key -> !actsFor(caller, stewards.get(key)))
                .findFirst();
    }

    boolean mayRead(Caller caller, Collaboration collaboration) {
        return mayActForAny(caller, partyKeys(collaboration));
    }

    boolean mayEnd(Caller caller, Collaboration collaboration) {
        return mayActForAny(caller, partyKeys(collaboration));
    }

    /** Confirming or rejecting: the awaited side. */
    boolean mayDecide(Caller caller, Collaboration collaboration) {
        return mayActForAny(caller, List.of(collaboration.awaiting()));
    }

    /** Withdrawing: the claiming side. */
    boolean mayWithdraw(Caller caller, Collaboration collaboration) {
        return mayActForAny(caller, List.of(collaboration.claimant()));
    }

    /** 403 unless the caller is the awaited side of the claim, which confirms or rejects it ({@code action}). */
    void requireMayDecide(Caller caller, Collaboration claim, String action) {
        if (!mayDecide(caller, claim)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the side it names " + action + " a claim");
        }
    }

    /** 403 unless the caller is the claiming side. */
    void requireMayWithdraw(Caller caller, Collaboration claim) {
        if (!mayWithdraw(caller, claim)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the side that made a claim withdraws it");
        }
    }

    /**
     * Both sides of a claim keep it in reach until it is decided, even when the other side's firm is hidden from
     * them: the claimant must be able to withdraw it (it shows only keys it gave itself), and the side it names to
     * decide it (the claimant made itself known to that side by claiming).
     */
    boolean mayReachClaim(Caller caller, Collaboration collaboration) {
        return collaboration.pending() && (mayWithdraw(caller, collaboration) || mayDecide(caller, collaboration));
    }

    /** Whose pending claims the caller answers for: every one for an admin, else those of its firm or organisation. */
    CollaborationRepository.AwaitingScope awaitingScope(Caller caller) {
        return new CollaborationRepository.AwaitingScope(
                caller.isAdmin(),
                caller.hasRole(Roles.SME) ? caller.firmId().orElse(null) : null,
                caller.hasRole(Roles.PARTNER) ? caller.orgId().orElse(null) : null,
                caller.hasRole(Roles.AGENCY) ? caller.orgId().orElse(null) : null);
    }

    /** Who a decision on a claim is recorded as: the admin, else the party ({@code party}) the caller acts for. */
    CollaborationRepository.Decider decider(Caller caller, String party) {
        return new CollaborationRepository.Decider(caller.username(), caller.isAdmin() ? "admin" : party);
    }

    /** Whose word a recorded collaboration is: vouched for by an agency (or an admin), else self-reported. */
    CollaborationSource sourceOfRecord(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.AGENCY)
                ? CollaborationSource.AGENCY
                : CollaborationSource.SELF_REPORTED;
    }

    private boolean mayActForAny(Caller caller, List<String> partyKeys) {
        if (caller.isAdmin()) {
            return true;
        }
        Map<String, Stewardship> stewards = organisations.stewardship(partyKeys);
        // An unknown key is judged by itself, so naming one's own missing node is a 404 later, not a 403.
        return partyKeys.stream()
                .anyMatch(key -> actsFor(
                        caller, stewards.getOrDefault(key, new Stewardship(key, false, null, null, null, false))));
    }

    private static boolean actsFor(Caller caller, Stewardship party) {
        if (caller.isAdmin()) {
            return true;
        }
        String firm = caller.firmId().orElse(null);
        if (caller.hasRole(Roles.SME) && firm != null && (firm.equals(party.key()) || firm.equals(party.firmId()))) {
            return true;
        }
        if (caller.hasRole(Roles.PARTNER) && party.key().equals(caller.orgId().orElse(null))) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY)
                && party.inRemitOfAgency(caller.orgId().orElse(null));
    }

    private static List<String> partyKeys(Collaboration collaboration) {
        return collaboration.parties().stream()
                .map(Collaboration.Party::organisationKey)
                .toList();
    }
}
