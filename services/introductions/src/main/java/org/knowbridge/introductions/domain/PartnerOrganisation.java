package org.knowbridge.introductions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A partner organisation that registered with this service: requests to its key are delivered to it. */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    @Id
    @Column(name = "org_key", length = 100)
    public String orgKey;

    /** The contact it shares with a firm once it accepted that firm's introduction. */
    @Column(name = "contact_name", nullable = false, length = 200)
    public String contactName;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    /** Where the partner is (ISO 3166-1 alpha-2), if it said. */
    @Column(length = 2)
    public String country;

    /** What it is ({@link org.knowbridge.contracts.vocabulary.OrganisationType}), if it said. */
    @Column(name = "organisation_type", length = 30)
    public String organisationType;

    @Column(name = "registered_by", nullable = false, length = 200)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
