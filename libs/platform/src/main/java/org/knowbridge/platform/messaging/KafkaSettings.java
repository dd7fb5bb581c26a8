package org.knowbridge.platform.messaging;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How every Kafka producer of the platform behaves (the broker address is {@code kafka.bootstrap.servers},
 * shared with the SmallRye connector). Set in the platform's shared configuration.
 */
@ConfigMapping(prefix = "knowbridge.kafka")
public interface KafkaSettings {

    /**
     * How long a producer keeps retrying a record before it reports it failed. A write answered only once Kafka
     * acknowledged it waits at most this long; an outbox relay sends a failed event again later.
     */
    Duration deliveryTimeout();
}
