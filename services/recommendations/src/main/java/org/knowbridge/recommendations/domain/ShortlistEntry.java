package org.knowbridge.recommendations.domain;

import java.time.OffsetDateTime;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * A partner the firm accepted, as the graph knows it now (name, country and kind are null when it has left the
 * graph since).
 */
public record ShortlistEntry(
        String partnerKey,
        String name,
        String country,
        PartnerKind kind,
        OffsetDateTime acceptedAt,
        String acceptedBy,
        String comment) {}
