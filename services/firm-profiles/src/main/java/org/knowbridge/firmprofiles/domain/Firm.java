package org.knowbridge.firmprofiles.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An SME's profile. */
@Entity
@Table(name = "firm")
public class Firm {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false, length = 300)
    public String legalName;

    @Column(nullable = false, length = 2)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FirmStatus status;

    /** The org_id of the agency that onboarded the firm; null when the SME registered itself. */
    @Column(name = "onboarded_by", length = 100)
    public String onboardedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** A new DRAFT firm. */
    public static Firm draft(UUID id, String legalName, String country, String onboardedBy, OffsetDateTime now) {
        Firm firm = new Firm();
        firm.id = id;
        firm.legalName = legalName;
        firm.country = country;
        firm.status = FirmStatus.DRAFT;
        firm.onboardedBy = onboardedBy;
        firm.createdAt = now;
        firm.updatedAt = now;
        return firm;
    }
}
