package org.knowbridge.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class KeyPartitionsTest {

    /**
     * Where KafkaProducer puts a keyed record when no partitioner is configured (every KnowBridge producer): its
     * built-in rule over the serialised key.
     */
    private static int whereTheProducerPutsIt(String key, int partitions) {
        return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
    }

    @Test
    void aKeyIsInThePartitionTheProducerWritesItTo() {
        for (int i = 0; i < 500; i++) {
            // Firm ids, and keys beyond ASCII (the key's bytes are its UTF-8).
            String key = i % 2 == 0 ? UUID.randomUUID().toString() : "Förderverein Zürich " + i;
            for (int partitions : new int[] {1, 3, 7}) {
                assertEquals(
                        whereTheProducerPutsIt(key, partitions),
                        KeyPartitions.partitionOf(key, partitions),
                        key + " over " + partitions + " partitions");
            }
        }
    }

    @Test
    void firmIdsSpreadOverEveryPartition() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(KeyPartitions.partitionOf(UUID.randomUUID().toString(), 3));
        }
        assertEquals(Set.of(0, 1, 2), seen);
    }

    @Test
    void aTopicWithoutPartitionsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeyPartitions.partitionOf("a", 0));
    }
}
