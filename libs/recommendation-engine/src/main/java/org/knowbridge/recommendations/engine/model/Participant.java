package org.knowbridge.recommendations.engine.model;

import java.util.Objects;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * One organisation's part in a collaboration.
 *
 * @param role the kind of partner it was in this collaboration (a supplier, a customer...), or null when
 *             only its own kind is known
 */
public record Participant(String organisationId, PartnerKind role) {

    public Participant {
        Objects.requireNonNull(organisationId, "organisationId");
    }

    public static Participant of(String organisationId) {
        return new Participant(organisationId, null);
    }
}
