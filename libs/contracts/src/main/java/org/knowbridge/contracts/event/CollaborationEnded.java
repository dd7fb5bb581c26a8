package org.knowbridge.contracts.event;

import java.util.List;

/** The data of CollaborationEnded: its key, the year it ended, what it brought, and both parties' keys. */
public record CollaborationEnded(String key, int endYear, String outcome, List<String> organisationKeys) {

    public CollaborationEnded {
        organisationKeys = FirmSnapshot.orEmpty(organisationKeys);
    }
}
