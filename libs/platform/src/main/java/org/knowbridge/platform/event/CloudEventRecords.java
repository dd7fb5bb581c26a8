package org.knowbridge.platform.event;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Kafka records for encoded CloudEvents: the aggregate's id is the key, so one aggregate's events stay in order. */
public final class CloudEventRecords {

    public static final String CONTENT_TYPE_HEADER = "content-type";

    private CloudEventRecords() {}

    /**
     * @param aggregateId the event's subject, used as record key
     * @param eventJson   the event as encoded by {@link CloudEventCodec#encode}
     */
    public static ProducerRecord<String, String> record(String topic, String aggregateId, String eventJson) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, eventJson);
        record.headers().add(CONTENT_TYPE_HEADER, CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
