package org.knowbridge.introductions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;

/** A firm's request to be introduced to an organisation, with its answer and outcome. */
@Entity
@Table(name = "introduction")
public class Introduction {

    @Id
    public UUID id;

    @Column(name = "firm_id", nullable = false, length = 100)
    public String firmId;

    /** The organisation asked for: a partner-graph key (a firm id, or e.g. {@code cordis:999908587}). */
    @Column(name = "organisation_key", nullable = false, length = 100)
    public String organisationKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Route route;

    /** The org_id of the agency that brokers it, on the BROKER route. */
    @Column(name = "broker_agency", length = 100)
    public String brokerAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IntroductionState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public KnowledgeChannel channel;

    @Column(nullable = false, length = 1000)
    public String offers;

    @Column(nullable = false, length = 1000)
    public String seeks;

    @Column(nullable = false, length = 2000)
    public String message;

    @Column(name = "suggestion_reasons", nullable = false)
    public String[] suggestionReasons = new String[0];

    @Column(name = "from_suggestion", nullable = false)
    public boolean fromSuggestion;

    /** The account that asked (the SME user or an agency user); never shown to the recipient. */
    @Column(name = "requested_by", nullable = false, length = 200)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 30)
    public IntroductionDeclineReason declineReason;

    @Column(name = "decline_text", length = 1000)
    public String declineText;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_channel", length = 30)
    public KnowledgeChannel agreementChannel;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** When the recipient accepted or declined; null while open, and when it was withdrawn or expired. */
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** The country of the organisation asked, when known at request time (a platform firm, a registered partner). */
    @Column(name = "organisation_country", length = 2)
    public String organisationCountry;

    /** The type of the organisation asked ({@link org.knowbridge.contracts.vocabulary.OrganisationType}), when known. */
    @Column(name = "organisation_type", length = 30)
    public String organisationType;

    /** Optimistic lock: an answer and the expiry job racing on one request cannot both win. */
    @Version
    public long version;
}
