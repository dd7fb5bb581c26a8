package org.knowbridge.introductions.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An encoded event waiting in the outbox until Kafka has acknowledged it. */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

    /** Assigned at insert, so it follows the order of changes to one introduction. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    @Column(name = "event_type", nullable = false, length = 50)
    public String eventType;

    /** The CloudEvent as structured-mode JSON, exactly as it will be published. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The W3C trace context of the request that wrote the event, null when it was not traced. */
    @Column(length = 55)
    public String traceparent;
}
