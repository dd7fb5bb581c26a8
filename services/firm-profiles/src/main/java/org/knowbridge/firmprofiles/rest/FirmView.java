package org.knowbridge.firmprofiles.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmStatus;

/** A firm as its owner, its agency and admins see it. */
public record FirmView(UUID id, String legalName, String country, FirmStatus status, String onboardedBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static FirmView of(Firm firm) {
        return new FirmView(firm.id, firm.legalName, firm.country, firm.status, firm.onboardedBy, firm.createdAt, firm.updatedAt);
    }
}
