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
import org.knowbridge.common.problem.Problem;
import org.knowbridge.common.problem.ProblemException;
import org.knowbridge.common.problem.ProblemType;
import org.knowbridge.common.security.Caller;
import org.knowbridge.common.security.Roles;
import org.knowbridge.common.vocabulary.CountryCode;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.repository.FirmRepository;
import org.knowbridge.firmprofiles.rest.NewFirm;

@ApplicationScoped
public class FirmService {

    private final FirmRepository firms;

    public FirmService(FirmRepository firms) {
        this.firms = firms;
    }

    /**
     * An agency or admin onboards a firm (a new id); an SME registers the firm its account was issued for
     * (the token's {@code firm_id}), once.
     */
    @WithTransaction
    public Uni<Firm> create(NewFirm request, Caller caller) {
        String country = CountryCode.normalise(request.country()).orElseThrow(() -> new ProblemException(
                ProblemType.VALIDATION_FAILED, "Unknown country",
                List.of(new Problem.FieldError("country", "'" + request.country() + "' is not an ISO 3166-1 alpha-2 country"))));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (caller.hasRole(Roles.AGENCY) || caller.isAdmin()) {
            String agency = caller.hasRole(Roles.AGENCY) ? caller.orgId().orElse(null) : null;
            return firms.persist(Firm.draft(UUID.randomUUID(), request.legalName().trim(), country, agency, now));
        }
        UUID ownFirm = caller.firmId().map(FirmService::parseFirmId).orElseThrow(() -> new ProblemException(
                ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)"));
        return firms.findById(ownFirm).onItem().transformToUni(existing -> {
            if (existing != null) {
                throw new ProblemException(ProblemType.CONFLICT, "Your firm " + ownFirm + " is already registered");
            }
            return firms.persist(Firm.draft(ownFirm, request.legalName().trim(), country, null, now));
        });
    }

    @WithSession
    public Uni<Firm> find(UUID id, Caller caller) {
        return firms.findById(id).map(firm -> {
            if (firm == null || !FirmAccess.canRead(caller, firm)) {
                throw ProblemException.notFound("Firm", id);
            }
            return firm;
        });
    }

    private static UUID parseFirmId(String claim) {
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your account's firm_id claim is not a firm id");
        }
    }
}
