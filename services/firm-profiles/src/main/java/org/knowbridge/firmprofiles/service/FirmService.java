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
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmProfile;
import org.knowbridge.firmprofiles.domain.FirmQuery;
import org.knowbridge.firmprofiles.event.FirmEvents;
import org.knowbridge.firmprofiles.repository.FirmRepository;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/** Firm use cases; every change and its event commit in one transaction. */
@ApplicationScoped
public class FirmService {

    private final FirmRepository firms;
    private final FirmEvents events;
    private final FirmAccess access;

    public FirmService(FirmRepository firms, FirmEvents events, FirmAccess access) {
        this.firms = firms;
        this.events = events;
        this.access = access;
    }

    /**
     * An agency or admin onboards a firm (a new id); an SME registers the firm its account was issued for
     * (the token's {@code firm_id}), once.
     */
    @WithTransaction
    public Uni<Firm> create(FirmProfileInput request) {
        FirmProfile profile = ProfileNormaliser.normalise(request);
        OffsetDateTime now = now();
        if (access.onboardsFirms()) {
            return register(Firm.draft(UUID.randomUUID(), profile, access.onboardingAgency(), now));
        }
        UUID ownFirm = access.ownFirm();
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
    public Uni<Firm> find(UUID id) {
        return firms.findById(id).map(firm -> access.visible(firm, id));
    }

    /** The firm, if the caller may change it. */
    @WithSession
    public Uni<Firm> findManaged(UUID id) {
        return managed(id);
    }

    @WithSession
    public Uni<List<Firm>> list(FirmQuery query) {
        return firms.page(access.listScope(), query);
    }

    /** Replaces the profile when the caller's version is current; no event when nothing changed. */
    @WithTransaction
    public Uni<Firm> update(UUID id, long expectedVersion, FirmProfileInput request) {
        FirmProfile profile = ProfileNormaliser.normalise(request);
        return managed(id).chain(firm -> {
            if (firm.version != expectedVersion) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "Firm " + id + " changed since you read it (If-Match does not match its ETag): read it again");
            }
            if (!firm.apply(profile)) {
                return Uni.createFrom().item(firm);
            }
            return changed(firm).call(events::updated);
        });
    }

    @WithTransaction
    public Uni<Firm> submit(UUID id) {
        return managed(id)
                .chain(firm -> transition(firm, FirmStatus.SUBMITTED, firm.status.canSubmit()))
                .call(events::updated);
    }

    /** Publishing and suspending are for admins and the agency that onboarded the firm. */
    @WithTransaction
    public Uni<Firm> publish(UUID id) {
        return managed(id)
                .chain(firm -> transition(firm, FirmStatus.PUBLISHED, firm.status.canPublish()))
                .call(events::published);
    }

    @WithTransaction
    public Uni<Firm> suspend(UUID id) {
        return managed(id)
                .chain(firm -> transition(firm, FirmStatus.SUSPENDED, firm.status.canSuspend()))
                .call(events::updated);
    }

    @WithTransaction
    public Uni<Firm> changeConsent(UUID id, ConsentInput consent) {
        return managed(id).chain(firm -> {
            if (firm.listedToPartners == consent.listedToPartners()
                    && firm.contactAllowed == consent.contactAllowed()) {
                return Uni.createFrom().item(firm);
            }
            firm.listedToPartners = consent.listedToPartners();
            firm.contactAllowed = consent.contactAllowed();
            return changed(firm).call(events::updated);
        });
    }

    /**
     * The firm consents to share this contact on accepted introductions: stored with who consented and when, and
     * published (FirmUpdated) for the introductions service. The same contact again changes nothing.
     */
    @WithTransaction
    public Uni<Firm> shareIntroductionContact(UUID id, IntroductionContactInput input) {
        return managed(id).chain(firm -> {
            String phone = input.phone() == null || input.phone().isBlank()
                    ? null
                    : input.phone().strip();
            if (firm.sharesIntroductionContact()
                    && firm.contactName.equals(input.name().strip())
                    && firm.contactRole.equals(input.role().strip())
                    && firm.contactEmail.equals(input.email().strip())
                    && java.util.Objects.equals(firm.contactPhone, phone)) {
                return Uni.createFrom().item(firm);
            }
            firm.contactName = input.name().strip();
            firm.contactRole = input.role().strip();
            firm.contactEmail = input.email().strip();
            firm.contactPhone = phone;
            firm.contactConsentAt = now();
            firm.contactConsentBy = access.username();
            return changed(firm).call(events::updated);
        });
    }

    /** The firm withdraws its consent: the contact is deleted here, and (FirmUpdated) from introductions. */
    @WithTransaction
    public Uni<Firm> withdrawIntroductionContact(UUID id) {
        return managed(id).chain(firm -> {
            if (!firm.sharesIntroductionContact()) {
                return Uni.createFrom().item(firm);
            }
            firm.contactName = null;
            firm.contactRole = null;
            firm.contactEmail = null;
            firm.contactPhone = null;
            firm.contactConsentAt = null;
            firm.contactConsentBy = null;
            return changed(firm).call(events::updated);
        });
    }

    /** GDPR erasure: the row is deleted, and FirmErased tells every consumer to forget the firm. */
    @WithTransaction
    public Uni<Void> erase(UUID id) {
        return managed(id).chain(firm -> events.erased(firm).chain(() -> firms.delete(firm)));
    }

    private Uni<Firm> managed(UUID id) {
        return firms.findById(id).map(firm -> access.managed(firm, id));
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

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
