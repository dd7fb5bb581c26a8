package org.knowbridge.recommendations.service;

import org.knowbridge.contracts.event.Topic;

/**
 * A topic the service reads from its beginning at every start, as far as readiness needs to know: whether the
 * reader has caught up. The readers are ways in, which the readiness checks may not call, so the checks know them
 * by this.
 */
public interface TopicReplay {

    /** The topic replayed. */
    Topic topic();

    /** True once every event that was in the topic at start-up has been applied. */
    boolean caughtUp();
}
