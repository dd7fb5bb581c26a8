package org.knowbridge.introductions.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.introductions.domain.PartnerOrganisation;

@Schema(name = "Partner")
public record PartnerView(
        String organisationKey,
        String contactName,
        String contactEmail,

        @Schema(description = "ISO 3166-1 alpha-2; null when the partner did not say")
        String country,

        @Schema(description = "What the partner is; null when it did not say")
        String type,

        OffsetDateTime registeredAt) {

    static PartnerView of(PartnerOrganisation partner) {
        return new PartnerView(
                partner.orgKey,
                partner.contactName,
                partner.contactEmail,
                partner.country,
                partner.organisationType,
                partner.registeredAt);
    }
}
