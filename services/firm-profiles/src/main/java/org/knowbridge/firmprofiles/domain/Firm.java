package org.knowbridge.firmprofiles.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.contracts.vocabulary.SizeClass;

/** An SME's profile. */
@Entity
@Table(name = "firm")
public class Firm {

    @Id
    public UUID id;

    /** An id in another register, e.g. {@code cordis:999908587}; unique when present. */
    @Column(name = "external_id", length = 100)
    public String externalId;

    @Column(name = "legal_name", nullable = false, length = 300)
    public String legalName;

    @Column(nullable = false, length = 2)
    public String country;

    @Column(name = "nuts_region", length = 5)
    public String nutsRegion;

    /** NACE Rev. 2 code, e.g. C26.1. */
    @Column(length = 8)
    public String sector;

    public Integer employees;

    @Column(name = "turnover_eur")
    public Long turnoverEur;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", length = 10)
    public SizeClass sizeClass;

    @Column(name = "founding_year")
    public Integer foundingYear;

    /** Share of sales made abroad, 0 to 1. */
    @Column(name = "export_share")
    public Double exportShare;

    /** R&amp;D spending over turnover, 0 to 1. */
    @Column(name = "rd_intensity")
    public Double rdIntensity;

    @Column(name = "knowledge_areas_offered", nullable = false)
    public String[] knowledgeAreasOffered = new String[0];

    @Column(name = "knowledge_areas_sought", nullable = false)
    public String[] knowledgeAreasSought = new String[0];

    @Column(name = "target_countries", nullable = false)
    public String[] targetCountries = new String[0];

    @Column(name = "partner_kinds", nullable = false)
    public String[] partnerKinds = new String[0];

    @Column(nullable = false)
    public String[] channels = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FirmStatus status;

    /** Consent: the firm may be shown to partner organisations (once published). */
    @Column(name = "listed_to_partners", nullable = false)
    public boolean listedToPartners;

    /** Consent: partners may contact the firm. */
    @Column(name = "contact_allowed", nullable = false)
    public boolean contactAllowed;

    /** The org_id of the agency that onboarded the firm; null when the SME registered itself. */
    @Column(name = "onboarded_by", length = 100)
    public String onboardedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The contact shared on accepted introductions; set only with the consent below, all null without it. */
    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_role", length = 200)
    public String contactRole;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(name = "contact_phone", length = 40)
    public String contactPhone;

    /** When the firm consented to share the contact on accepted introductions, and who gave the consent. */
    @Column(name = "contact_consent_at")
    public OffsetDateTime contactConsentAt;

    @Column(name = "contact_consent_by", length = 200)
    public String contactConsentBy;

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

    /** A new DRAFT firm with a complete profile. */
    public static Firm draft(UUID id, FirmProfile profile, String onboardedBy, OffsetDateTime now) {
        Firm firm = draft(id, profile.legalName(), profile.country(), onboardedBy, now);
        firm.apply(profile);
        return firm;
    }

    public FirmProfile profile() {
        return new FirmProfile(
                legalName,
                country,
                nutsRegion,
                sector,
                employees,
                turnoverEur,
                foundingYear,
                exportShare,
                rdIntensity,
                List.of(knowledgeAreasOffered),
                List.of(knowledgeAreasSought),
                List.of(targetCountries),
                Arrays.stream(partnerKinds).map(PartnerKind::valueOf).toList(),
                Arrays.stream(channels).map(KnowledgeChannel::valueOf).toList());
    }

    /** Replaces the profile; true when anything changed. */
    public boolean apply(FirmProfile profile) {
        if (profile.equals(profile())) {
            return false;
        }
        legalName = profile.legalName();
        country = profile.country();
        nutsRegion = profile.nutsRegion();
        sector = profile.sector();
        employees = profile.employees();
        turnoverEur = profile.turnoverEur();
        sizeClass = SizeClass.of(employees, turnoverEur);
        foundingYear = profile.foundingYear();
        exportShare = profile.exportShare();
        rdIntensity = profile.rdIntensity();
        knowledgeAreasOffered = profile.knowledgeAreasOffered().toArray(String[]::new);
        knowledgeAreasSought = profile.knowledgeAreasSought().toArray(String[]::new);
        targetCountries = profile.targetCountries().toArray(String[]::new);
        partnerKinds = profile.preferredPartnerKinds().stream().map(Enum::name).toArray(String[]::new);
        channels = profile.preferredChannels().stream().map(Enum::name).toArray(String[]::new);
        return true;
    }

    /** The contact the firm consented to share on accepted introductions, or null. */
    public boolean sharesIntroductionContact() {
        return contactConsentAt != null && contactName != null;
    }

    /** True when a partner organisation may see the firm's public fields. */
    public boolean visibleToPartners() {
        return status == FirmStatus.PUBLISHED && listedToPartners;
    }
}
