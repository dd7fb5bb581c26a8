package org.knowbridge.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A service's outbox, in the store its changes are written to (each service implements it for its database);
 * the {@link OutboxRelay} moves its events to Kafka.
 */
public interface OutboxStore {

    /**
     * The oldest waiting events, oldest first, up to {@code limit}, claimed so that no other relay sends them
     * meanwhile: none when another instance holds the outbox.
     */
    Claim claimOldest(int limit);

    /** How many events wait, and when the oldest was written. */
    Backlog backlog();

    /**
     * True when the store itself tells of commits that added events ({@link #awaitNewEvents}); otherwise the relay
     * waits for this instance's writes to end ({@link LocalWrites}) and polls for the others'.
     */
    default boolean tellsOfNewEvents() {
        return false;
    }

    /**
     * Waits until a transaction that added events may have committed, or {@code atMost}; true when woken early.
     * Called only when {@link #tellsOfNewEvents()}.
     */
    default boolean awaitNewEvents(Duration atMost) throws InterruptedException {
        Thread.sleep(atMost);
        return false;
    }

    /** Events held by one relay until it settled them. */
    interface Claim extends AutoCloseable {

        List<OutboxEvent> events();

        /**
         * Deletes the events Kafka acknowledged (the first of {@link #events()}, in order); the others stay in
         * the outbox and are claimed again first.
         */
        void settle(List<OutboxEvent> acknowledged);

        /** Ends the claim; whatever was not settled stays in the outbox. */
        @Override
        void close();
    }

    /** @param oldest when the oldest waiting event was written, null when none waits */
    record Backlog(long pending, Instant oldest) {}
}
