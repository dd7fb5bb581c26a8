package org.knowbridge.introductions.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.introductions.domain.PartnerOrganisation;
import org.knowbridge.introductions.repository.PartnerRepository;

/**
 * Partner organisations register here to receive introductions themselves: from then on a request to their org_id
 * is delivered to them, not brokered. Registering again updates the shared contact.
 */
@ApplicationScoped
public class PartnerService {

    private final PartnerRepository partners;
    private final IntroductionAccess access;

    public PartnerService(PartnerRepository partners, IntroductionAccess access) {
        this.partners = partners;
        this.access = access;
    }

    @WithTransaction
    public Uni<PartnerOrganisation> register(PartnerRegistration registration) {
        String orgKey = access.partnerOrganisation();
        return partners.findById(orgKey).chain(existing -> {
            PartnerOrganisation partner = existing == null ? new PartnerOrganisation() : existing;
            partner.orgKey = orgKey;
            partner.contactName = registration.contactName().strip();
            partner.contactEmail = registration.contactEmail();
            partner.country = registration.country() == null ? null : CountryCode.of(registration.country());
            partner.organisationType =
                    registration.type() == null ? null : registration.type().name();
            partner.registeredBy = access.username();
            if (existing != null) {
                return Uni.createFrom().item(partner);
            }
            partner.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
            return partners.persist(partner);
        });
    }
}
