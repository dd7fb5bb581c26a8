package org.knowbridge.recommendations.service;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * partner-graph's event topic as a bulk load needs it: where the topic ends before the export is read, and
 * following it again from there once the new graph is in place. The reader that follows it is a way in,
 * which the loader may not call, so the loader knows it by this.
 */
public interface GraphEventSource {

    /** Where the topic ends now: taken before a bulk load, it is where reading must start after it. */
    Map<TopicPartition, Long> endOffsets();

    /** (Re)starts following the topic from these offsets. */
    void followFrom(Map<TopicPartition, Long> offsets);

    void stop();
}
