package org.knowbridge.introductions.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.introductions.domain.PartnerOrganisation;

@Schema(name = "Partner")
public record PartnerView(
        String organisationKey, String contactName, String contactEmail, OffsetDateTime registeredAt) {

    static PartnerView of(PartnerOrganisation partner) {
        return new PartnerView(partner.orgKey, partner.contactName, partner.contactEmail, partner.registeredAt);
    }
}
