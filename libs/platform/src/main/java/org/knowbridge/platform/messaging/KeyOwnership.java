package org.knowbridge.platform.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Which keys of a topic this instance is in charge of, as Kafka's consumer group decides: the instance is a member
 * of the group on the topic and owns the keys whose partition ({@link KeyPartitions}) the group assigned it. It
 * reads no record (its partitions stay paused): membership is all it is for, so that among the replicas of a service
 * that all read everything, each key has one replica in charge of a side effect. When members come and go the
 * partitions, and so the keys, move: the instance is told of the partitions it gained. Made by
 * {@link KafkaClients#ownership}.
 *
 * <p>Between a revocation and the next assignment nobody owns the partitions that move, and a member that died
 * keeps its partitions until its session times out ({@link KafkaClients#OWNERSHIP_SESSION}); a user that must not
 * drop work in those gaps remembers what it did not do and hands it over when it gains the key's partition.
 */
public final class KeyOwnership {

    private static final Logger LOG = Logger.getLogger(KeyOwnership.class);

    private final String topic;
    private final String group;
    private final Supplier<KafkaConsumer<String, String>> consumers;
    private final Consumer<Set<Integer>> gained;
    private volatile Set<Integer> owned = Set.of();
    private volatile int partitionCount;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> current;
    private Thread member;

    /** @param gained told, on the membership's thread, of the partitions newly assigned to this instance */
    KeyOwnership(
            String topic,
            String group,
            Supplier<KafkaConsumer<String, String>> consumers,
            Consumer<Set<Integer>> gained) {
        this.topic = topic;
        this.group = group;
        this.consumers = consumers;
        this.gained = gained;
    }

    public KeyOwnership start() {
        member = Thread.ofPlatform().daemon().name("own-" + topic).start(this::memberForever);
        return this;
    }

    /** Leaves the group at once (its partitions go to the other members without waiting for a timeout). */
    public void stop() {
        running = false;
        KafkaConsumer<String, String> consumer = current;
        if (consumer != null) {
            consumer.wakeup();
        }
        Workers.join(member, Duration.ofSeconds(10));
        owned = Set.of();
    }

    /** Whether the key's partition is assigned to this instance now. */
    public boolean owns(String key) {
        int count = partitionCount;
        return count > 0 && owned.contains(KeyPartitions.partitionOf(key, count));
    }

    /** The partition of the topic a key is in (-1 before the topic's partitions are known). */
    public int partitionOf(String key) {
        int count = partitionCount;
        return count > 0 ? KeyPartitions.partitionOf(key, count) : -1;
    }

    /** The partitions assigned to this instance now. */
    public Set<Integer> owned() {
        return owned;
    }

    public String group() {
        return group;
    }

    private void memberForever() {
        while (running) {
            try (KafkaConsumer<String, String> consumer = consumers.get()) {
                current = consumer;
                partitionCount = TopicFollower.partitions(consumer, topic).size();
                consumer.subscribe(List.of(topic), new Rebalance(consumer));
                while (running) {
                    // Polling keeps the membership (and runs the rebalance callbacks); paused partitions bring no
                    // record.
                    consumer.poll(Duration.ofMillis(500));
                }
            } catch (WakeupException e) {
                // stop(): the consumer is closed by the try, which leaves the group.
            } catch (KafkaException e) {
                owned = Set.of();
                LOG.warnf("Membership of %s in %s failed (%s); retrying", group, topic, e.getMessage());
                pause();
            } finally {
                current = null;
            }
        }
        owned = Set.of();
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, String> consumer;

        Rebalance(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Set<Integer> left = new HashSet<>(owned);
            partitions.forEach(p -> left.remove(p.partition()));
            owned = Set.copyOf(left);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            consumer.pause(partitions);
            Set<Integer> before = owned;
            Set<Integer> now = new HashSet<>(before);
            Set<Integer> added = new HashSet<>();
            for (TopicPartition partition : partitions) {
                if (now.add(partition.partition())) {
                    added.add(partition.partition());
                }
            }
            owned = Set.copyOf(now);
            LOG.infof("%s owns partitions %s of %s", group, owned, topic);
            if (!added.isEmpty()) {
                try {
                    gained.accept(Set.copyOf(added));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Taking over partitions %s of %s failed", added, topic);
                }
            }
        }
    }

    private void pause() {
        if (!Workers.pauseBeforeRetry()) {
            running = false;
        }
    }
}
