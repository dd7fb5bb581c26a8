package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knowbridge.contracts.event.CollaborationClaimDecided;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.CollaborationStatus;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.Stewardship;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.CollaborationRepository;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;

@ApplicationScoped
public class CollaborationService {

    private final CollaborationRepository collaborations;
    private final OrganisationRepository organisations;
    private final GraphEvents events;
    private final CollaborationAccess access;

    public CollaborationService(
            CollaborationRepository collaborations,
            OrganisationRepository organisations,
            GraphEvents events,
            CollaborationAccess access) {
        this.collaborations = collaborations;
        this.organisations = organisations;
        this.events = events;
        this.access = access;
    }

    public Collaboration record(CollaborationInput input, Caller caller) {
        // A linked firm's id names its register's node: the collaboration is that node's.
        List<String> keys = input.parties().stream()
                .map(p -> organisations.resolve(p.organisationKey()))
                .toList();
        if (keys.get(0).equals(keys.get(1))) {
            throw invalid(
                    "An organisation cannot collaborate with itself",
                    "parties[1].organisationKey",
                    "must differ from parties[0].organisationKey");
        }
        checkYears(input.startYear(), input.endYear());
        access.requireMayRecord(caller, keys);
        Map<String, Organisation> parties = requireExisting(keys);
        String awaiting = access.awaitedParty(caller, keys).orElse(null);
        Collaboration collaboration = new Collaboration(
                "collab:" + UUID.randomUUID(),
                input.channel(),
                input.startYear(),
                input.endYear(),
                input.outcome() == null ? Outcome.UNKNOWN : input.outcome(),
                access.sourceOfRecord(caller),
                awaiting == null ? CollaborationStatus.CONFIRMED : CollaborationStatus.PENDING,
                awaiting,
                List.of(
                        new Collaboration.Party(
                                keys.get(0), input.parties().get(0).partnerKind()),
                        new Collaboration.Party(
                                keys.get(1), input.parties().get(1).partnerKind())));
        // A claim is told to the side it awaits; it joins the graph (CollaborationRecorded) once that side confirms.
        collaborations.record(
                collaboration,
                caller.username(),
                collaboration.pending()
                        ? claimed(collaboration, parties)
                        : events.collaborationRecorded(collaboration));
        return collaboration;
    }

    private OutboxEvent claimed(Collaboration claim, Map<String, Organisation> parties) {
        Map<String, Stewardship> sides = sides(claim);
        return events.collaborationClaimed(
                claim, parties.get(claim.claimant()), sides.get(claim.awaiting()), sides.get(claim.claimant()));
    }

    /**
     * The awaited side confirms a PENDING claim: from now on it is published and queried like any other. Published
     * as CollaborationRecorded, then as CollaborationClaimDecided (CONFIRMED) for both sides' readers.
     */
    public Collaboration confirm(String key, Caller caller) {
        Collaboration claim = pendingClaim(key, caller);
        access.requireMayDecide(caller, claim, "confirms");
        Map<String, Stewardship> sides = sides(claim);
        settle(
                key,
                collaborations.confirm(
                        key,
                        access.decider(caller, claim.awaiting()),
                        pending -> List.of(
                                events.collaborationRecorded(pending.confirmed()),
                                decided(pending, CollaborationClaimDecided.Decision.CONFIRMED, sides))));
        return claim.confirmed();
    }

    /** The awaited side rejects a PENDING claim: it is deleted, leaving only its audit record. */
    public void reject(String key, Caller caller) {
        Collaboration claim = pendingClaim(key, caller);
        access.requireMayDecide(caller, claim, "rejects");
        remove(claim, CollaborationClaimDecided.Decision.REJECTED, access.decider(caller, claim.awaiting()));
    }

    /** The claiming side withdraws its PENDING claim: it is deleted, leaving only its audit record. */
    public void withdraw(String key, Caller caller) {
        Collaboration claim = pendingClaim(key, caller);
        access.requireMayWithdraw(caller, claim);
        remove(claim, CollaborationClaimDecided.Decision.WITHDRAWN, access.decider(caller, claim.claimant()));
    }

    /** Deletes the claim with its audit record (the decision's name) and its CollaborationClaimDecided. */
    private void remove(
            Collaboration claim, CollaborationClaimDecided.Decision outcome, CollaborationRepository.Decider decider) {
        Map<String, Stewardship> sides = sides(claim);
        settle(
                claim.key(),
                collaborations.remove(
                        claim.key(), outcome.name(), decider, pending -> decided(pending, outcome, sides)));
    }

    /** Who answers for each side of a claim: which platform firm each is, for the readers of its decision. */
    private Map<String, Stewardship> sides(Collaboration claim) {
        return organisations.stewardship(List.of(claim.awaiting(), claim.claimant()));
    }

    private OutboxEvent decided(
            Collaboration pending, CollaborationClaimDecided.Decision outcome, Map<String, Stewardship> sides) {
        return events.collaborationClaimDecided(
                pending, outcome, sides.get(pending.awaiting()), sides.get(pending.claimant()));
    }

    /** A page of PENDING claims awaiting the caller's confirmation, and the cursor of the next page. */
    public CollaborationPage awaitingConfirmationBy(Caller caller, String after, int limit) {
        List<Collaboration> page = collaborations.awaiting(access.awaitingScope(caller), after, limit + 1);
        boolean more = page.size() > limit;
        List<Collaboration> items = more ? page.subList(0, limit) : page;
        return new CollaborationPage(items, more ? items.get(items.size() - 1).key() : null);
    }

    /** A page of collaborations and the cursor of the next page (null on the last). */
    public record CollaborationPage(List<Collaboration> items, String nextCursor) {}

    /** The claim as the caller may read it; 409 when it was decided already. */
    private Collaboration pendingClaim(String key, Caller caller) {
        Collaboration claim = find(key, caller);
        if (!claim.pending()) {
            throw notPending(key);
        }
        return claim;
    }

    private static void settle(String key, CollaborationRepository.Decision decision) {
        switch (decision) {
            case DONE -> {}
            case NOT_PENDING -> throw notPending(key);
            case GONE -> throw ProblemException.notFound("Collaboration", key);
        }
    }

    private static ProblemException notPending(String key) {
        return new ProblemException(
                ProblemType.CONFLICT, "Collaboration " + key + " is not a pending claim: it was decided already");
    }

    public Collaboration end(String key, EndCollaborationInput input, Caller caller) {
        Collaboration current = collaborations
                .findByKey(key)
                .filter(c -> access.mayEnd(caller, c))
                .orElseThrow(() -> ProblemException.notFound("Collaboration", key));
        if (current.pending()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Collaboration " + key + " is a pending claim: it ends once confirmed, or is withdrawn");
        }
        if (current.ended()) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "Collaboration " + key + " ended in " + current.endYear() + " already");
        }
        checkYears(current.startYear(), input.endYear());
        Collaboration ended =
                current.endedIn(input.endYear(), input.outcome() == null ? current.outcome() : input.outcome());
        if (!collaborations.end(ended, events.collaborationEnded(ended))) {
            throw new ProblemException(ProblemType.CONFLICT, "Collaboration " + key + " was ended meanwhile");
        }
        return ended;
    }

    /** The collaboration, when the caller may see it: a 404 otherwise, so keys of others' collaborations leak nothing. */
    public Collaboration find(String key, Caller caller) {
        return collaborations
                .findVisible(key, access.viewer(caller))
                .or(() -> collaborations.findByKey(key).filter(c -> access.mayReachClaim(caller, c)))
                .filter(c -> access.mayRead(caller, c))
                .orElseThrow(() -> ProblemException.notFound("Collaboration", key));
    }

    /** The parties by key; 404 naming each that is not a known organisation. */
    private Map<String, Organisation> requireExisting(List<String> keys) {
        Map<String, Organisation> found = organisations.findByKeys(keys);
        List<Problem.FieldError> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!found.containsKey(keys.get(i))) {
                missing.add(new Problem.FieldError(
                        "parties[" + i + "].organisationKey", "no organisation '" + keys.get(i) + "'"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND, "A party of the collaboration is not a known organisation", missing);
        }
        return found;
    }

    private static void checkYears(int startYear, Integer endYear) {
        if (endYear != null && endYear < startYear) {
            throw invalid(
                    "A collaboration cannot end before it started",
                    "endYear",
                    "must not be before startYear " + startYear);
        }
    }

    private static ProblemException invalid(String detail, String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, detail, List.of(new Problem.FieldError(field, message)));
    }
}
