-- The W3C trace context of the request that wrote an event, so the relay continues that trace on Kafka.
alter table outbox
    add column traceparent varchar(55);
