package org.knowbridge.firmprofiles.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmProfile;
import org.knowbridge.firmprofiles.domain.FirmQuery;
import org.knowbridge.firmprofiles.domain.FirmScope;
import org.knowbridge.firmprofiles.domain.FirmStatus;
import org.knowbridge.firmprofiles.event.FirmEvents;
import org.knowbridge.firmprofiles.repository.FirmRepository;

/** Firm use cases; every change and its event commit in one transaction. */
@ApplicationScoped
public class FirmService {

    private final FirmRepository firms;
    private final FirmEvents events;

    public FirmService(FirmRepository firms, FirmEvents events) {
        this.firms = firms;
        this.events = events;
    }

    /**
     * An agency or admin onboards a firm (a new id); an SME registers the firm its account was issued for
     * (the token's {@code firm_id}), once.
     */
    @WithTransaction
    public Uni<Firm> create(FirmProfileInput request, Caller caller) {
        FirmProfile profile = ProfileNormaliser.normalise(request);
        OffsetDateTime now = now();
        if (caller.hasRole(Roles.AGENCY) || caller.isAdmin()) {
            String agency = caller.hasRole(Roles.AGENCY) ? caller.orgId().orElse(null) : null;
            return register(Firm.draft(UUID.randomUUID(), profile, agency, now));
        }
        UUID ownFirm = caller.firmId().map(FirmService::parseFirmId).orElseThrow(() -> new ProblemException(
                ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)"));
        return firms.findById(ownFirm).onItem().transformToUni(existing -> {
            if (existing != null) {
                throw new ProblemException(ProblemType.CONFLICT, "Your firm " + ownFirm + " is already registered");
            }
            return register(Firm.draft(ownFirm, profile, null, now));
        });
    }

    private Uni<Firm> register(Firm firm) {
        return firms.persist(firm).call(events::registered);
    }

    /** The firm, if the caller may see it at all (fully or its public fields). */
    @WithSession
    public Uni<Firm> find(UUID id, Caller caller) {
        return visible(id, caller, firm -> FirmAccess.canManage(caller, firm) || FirmAccess.canSeePublicFields(caller, firm));
    }

    /** The firm, if the caller may change it. */
    @WithSession
    public Uni<Firm> findManaged(UUID id, Caller caller) {
        return managed(id, caller);
    }

    @WithSession
    public Uni<List<Firm>> list(FirmQuery query, Caller caller) {
        return firms.page(scopeOf(caller), query);
    }

    /** Replaces the profile when the caller's version is current; no event when nothing changed. */
    @WithTransaction
    public Uni<Firm> update(UUID id, long expectedVersion, FirmProfileInput request, Caller caller) {
        FirmProfile profile = ProfileNormaliser.normalise(request);
        return managed(id, caller).chain(firm -> {
            if (firm.version != expectedVersion) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "Firm " + id + " changed since you read it (If-Match does not match its ETag): read it again");
            }
            if (!firm.apply(profile)) {
                return Uni.createFrom().item(firm);
            }
            return changed(firm).call(events::updated);
        });
    }

    @WithTransaction
    public Uni<Firm> submit(UUID id, Caller caller) {
        return managed(id, caller).chain(firm -> transition(firm, FirmStatus.SUBMITTED, firm.status.canSubmit()))
                .call(events::updated);
    }

    /** Publishing and suspending are for admins and the agency that onboarded the firm. */
    @WithTransaction
    public Uni<Firm> publish(UUID id, Caller caller) {
        return managed(id, caller).chain(firm -> transition(firm, FirmStatus.PUBLISHED, firm.status.canPublish()))
                .call(events::published);
    }

    @WithTransaction
    public Uni<Firm> suspend(UUID id, Caller caller) {
        return managed(id, caller).chain(firm -> transition(firm, FirmStatus.SUSPENDED, firm.status.canSuspend()))
                .call(events::updated);
    }

    @WithTransaction
    public Uni<Firm> changeConsent(UUID id, ConsentInput consent, Caller caller) {
        return managed(id, caller).chain(firm -> {
            if (firm.listedToPartners == consent.listedToPartners() && firm.contactAllowed == consent.contactAllowed()) {
                return Uni.createFrom().item(firm);
            }
            firm.listedToPartners = consent.listedToPartners();
            firm.contactAllowed = consent.contactAllowed();
            return changed(firm).call(events::updated);
        });
    }

    /** GDPR erasure: the row is deleted, and FirmErased tells every consumer to forget the firm. */
    @WithTransaction
    public Uni<Void> erase(UUID id, Caller caller) {
        return managed(id, caller).chain(firm -> events.erased(firm).chain(() -> firms.delete(firm)));
    }

    private Uni<Firm> managed(UUID id, Caller caller) {
        return visible(id, caller, firm -> FirmAccess.canManage(caller, firm));
    }

    private Uni<Firm> visible(UUID id, Caller caller, Predicate<Firm> rule) {
        return firms.findById(id).map(firm -> {
            if (firm == null || !rule.test(firm)) {
                throw ProblemException.notFound("Firm", id);
            }
            return firm;
        });
    }

    private Uni<Firm> transition(Firm firm, FirmStatus target, boolean allowed) {
        if (!allowed) {
            throw new ProblemException(ProblemType.CONFLICT, "A " + firm.status + " firm cannot become " + target);
        }
        firm.status = target;
        return changed(firm);
    }

    /** Flushes the change first, so the version check (and its bump) happens before the event is recorded. */
    private Uni<Firm> changed(Firm firm) {
        firm.updatedAt = now();
        return firms.flush().replaceWith(firm);
    }

    private static FirmScope scopeOf(Caller caller) {
        if (caller.isAdmin()) {
            return FirmScope.all();
        }
        if (caller.hasRole(Roles.AGENCY)) {
            return new FirmScope(FirmScope.Kind.ONBOARDED_BY, caller.orgId().orElse(""));
        }
        if (caller.hasRole(Roles.SME)) {
            UUID own = caller.firmId().map(FirmService::parseFirmId).orElseThrow(() -> new ProblemException(
                    ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)"));
            return new FirmScope(FirmScope.Kind.OWN_FIRM, own.toString());
        }
        return new FirmScope(FirmScope.Kind.PARTNER_VISIBLE, null);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID parseFirmId(String claim) {
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your account's firm_id claim is not a firm id");
        }
    }
}
