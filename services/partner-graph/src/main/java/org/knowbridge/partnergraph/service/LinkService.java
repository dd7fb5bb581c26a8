package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.partnergraph.domain.LinkClaim;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.LinkRepository;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;

/**
 * Claims that a platform firm is an existing organisation node. Whoever imports a firm only claims its register id;
 * who decides is {@link LinkClaimAccess}'s rule.
 */
@ApplicationScoped
public class LinkService {

    /** A page of claims and the cursor of the next page (null on the last). */
    public record LinkClaimPage(List<LinkClaim> items, String nextCursor) {}

    private final LinkRepository links;
    private final GraphEvents events;
    private final LinkClaimAccess access;

    public LinkService(LinkRepository links, GraphEvents events, LinkClaimAccess access) {
        this.links = links;
        this.events = events;
        this.access = access;
    }

    /** Admins only (the resource says so). */
    public LinkClaimPage list(String status, String after, int limit) {
        List<LinkClaim> page = links.list(status, after, limit + 1);
        boolean more = page.size() > limit;
        List<LinkClaim> items = more ? page.subList(0, limit) : page;
        return new LinkClaimPage(items, more ? items.get(items.size() - 1).firmId() : null);
    }

    /** The firm becomes the claimed node: one node from now on, its own merged into it. */
    public LinkClaim verify(String firmId, Caller caller) {
        access.decidable(caller, links.find(firmId).orElse(null), firmId);
        var ofFirm = events.ofFirm();
        LinkRepository.Outcome outcome = links.verify(
                firmId,
                caller.username(),
                access.actingFor(caller),
                o -> ofFirm.upserted(o),
                (own, target) -> ofFirm.erased(own, own, target));
        settle(firmId, outcome);
        return links.find(firmId).orElseThrow(() -> ProblemException.notFound("Link claim", firmId));
    }

    /** What a bulk verification did. */
    public record BulkVerification(long verified, long notVerified) {}

    /**
     * An admin verifies, in one go, the pending claims of the firms one agency onboarded onto one register's
     * nodes (keys {@code <source>:...}): how the demo's admin links the CORDIS SMEs it had the demo agency import.
     * Each claim is merged in its own transaction; one that cannot be (its node gone) stays pending.
     */
    public BulkVerification verifyAll(String claimedBy, String source, Caller caller) {
        var ofFirm = events.ofFirm();
        long verified = 0;
        long notVerified = 0;
        String after = null;
        while (true) {
            List<LinkClaim> page = links.list(LinkClaim.PENDING, after, 500);
            if (page.isEmpty()) {
                return new BulkVerification(verified, notVerified);
            }
            for (LinkClaim claim : page) {
                if (!claimedBy.equals(claim.claimedBy())
                        || !claim.organisationKey().startsWith(source + ":")) {
                    continue;
                }
                LinkRepository.Outcome outcome = links.verify(
                        claim.firmId(),
                        caller.username(),
                        access.actingFor(caller),
                        o -> ofFirm.upserted(o),
                        (own, target) -> ofFirm.erased(own, own, target));
                if (outcome == LinkRepository.Outcome.DONE) {
                    verified++;
                } else {
                    notVerified++;
                }
            }
            after = page.get(page.size() - 1).firmId();
        }
    }

    /** The firm keeps acting for its own node only; the same register id is not claimed again by later events. */
    public void reject(String firmId, Caller caller) {
        access.decidable(caller, links.find(firmId).orElse(null), firmId);
        settle(firmId, links.reject(firmId, caller.username(), access.actingFor(caller)));
    }

    private static void settle(String firmId, LinkRepository.Outcome outcome) {
        switch (outcome) {
            case DONE -> {}
            case NOT_PENDING ->
                throw new ProblemException(
                        ProblemType.CONFLICT, "The link claim of firm " + firmId + " is not pending: it was decided");
            case TARGET_UNUSABLE ->
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The organisation firm " + firmId
                                + " claims to be does not exist, or is another platform firm: it cannot be linked");
            case FIRM_GONE ->
                throw new ProblemException(
                        ProblemType.CONFLICT, "Firm " + firmId + " has no node of its own any more (erased)");
        }
    }
}
