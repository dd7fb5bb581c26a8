package org.knowbridge.platform.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's producer puts a keyed record in: murmur2 of the key's bytes (the string serialiser's UTF-8),
 * made positive, modulo the topic's partition count. Every KnowBridge record is keyed by its aggregate's id with the
 * default partitioner, so this says which partition holds an aggregate's events.
 */
public final class KeyPartitions {

    private KeyPartitions() {}

    public static int partitionOf(String key, int partitions) {
        if (partitions <= 0) {
            throw new IllegalArgumentException("a topic has at least one partition, not " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
