package org.knowbridge.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay of a service that has an {@link OutboxStore}. */
@ConfigMapping(prefix = "knowbridge.outbox")
public interface OutboxSettings {

    /** How many events one pass claims and sends at most. */
    @WithDefault("500")
    int batchSize();

    /**
     * How long the relay waits before looking again once the outbox is empty (or another instance relays it), when
     * its store does not wake it first.
     */
    @WithDefault("PT0.2S")
    Duration idlePause();
}
