package org.knowbridge.partnergraph.domain;

import org.knowbridge.platform.messaging.OutboxEvent;

/**
 * Builds the events of organisation changes whose keys are known only inside the write (a firm's node may be its
 * own or its register's), all in the trace that was current when the change was read.
 */
public interface OrganisationEvents {

    OutboxEvent upserted(Organisation organisation);

    /** The node {@code key} is gone: erased, or merged into {@code mergedInto} (null when erased). */
    OutboxEvent erased(String key, String firmId, String mergedInto);
}
