package org.knowbridge.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a trace across Kafka for the services' plain Kafka clients (the outbox relays, the recommendations
 * publishers and readers): the W3C {@code traceparent} of a request is stored with the event it writes, the
 * record is sent in a producer span whose context travels in the record's {@code traceparent} header, and a
 * consumer handles what it polled in a span continuing that trace. Where nothing is traced (tracing off, or an
 * event written outside any request) records go out and are handled without spans.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    /** Links of a batch span beyond this are left out: enough to find the other traces of a batch. */
    private static final int MAX_LINKS = 100;

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false)
                    .map(Header::key)
                    .toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("org.knowbridge.events");
    }

    /** The W3C {@code traceparent} of the current trace, to store with an event written now; null when nothing is traced. */
    public String traceparent() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Sends a record as a step of the current trace (see {@link #send(Producer, ProducerRecord, String, Callback)}). */
    public <K, V> Future<RecordMetadata> send(Producer<K, V> producer, ProducerRecord<K, V> record, Callback callback) {
        return send(producer, record, Context.current(), callback);
    }

    /**
     * Sends a record as a step of the trace its event was written in: in a producer span, child of
     * {@code storedTraceparent}, that ends on Kafka's answer and whose context the record carries as its
     * {@code traceparent} header. Without a trace to continue the record is sent as it is; a stored context this instance does not trace (tracing off) travels on unchanged.
     */
    public <K, V> Future<RecordMetadata> send(
            Producer<K, V> producer, ProducerRecord<K, V> record, String storedTraceparent, Callback callback) {
        Context parent = storedTraceparent == null
                ? Context.root()
                : propagator.extract(Context.root(), Map.of(TRACEPARENT, storedTraceparent), MAP);
        if (storedTraceparent != null
                && !Span.fromContext(parent).getSpanContext().isValid()) {
            // This instance does not trace (or could not read the context), but the instance that wrote the event
            // did: pass its context on unchanged, so the trace does not break at whichever instance relays.
            record.headers().remove(TRACEPARENT);
            record.headers().add(TRACEPARENT, storedTraceparent.getBytes(StandardCharsets.UTF_8));
        }
        return send(producer, record, parent, callback);
    }

    private <K, V> Future<RecordMetadata> send(
            Producer<K, V> producer, ProducerRecord<K, V> record, Context parent, Callback callback) {
        Callback then = callback == null ? (metadata, error) -> {} : callback;
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return producer.send(record, then);
        }
        Span span = messagingSpan(
                        "send", record.topic(), SpanKind.PRODUCER, tracer.spanBuilder("send " + record.topic()))
                .setParent(parent)
                .startSpan();
        record.headers().remove(TRACEPARENT);
        propagator.inject(
                parent.with(span),
                record.headers(),
                (headers, key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record, (metadata, error) -> {
                ended(span, error);
                then.onCompletion(metadata, error);
            });
        } catch (RuntimeException e) {
            ended(span, e);
            throw e;
        }
    }

    /**
     * Handles one polled batch in a consumer span that continues the trace of the first record carrying one and
     * links the traces of the others. A batch without any trace context is handled without a span.
     */
    public void process(String topic, Iterable<? extends ConsumerRecord<?, ?>> records, Runnable handling) {
        Context parent = null;
        List<SpanContext> others = new ArrayList<>();
        int count = 0;
        for (ConsumerRecord<?, ?> record : records) {
            count++;
            Context context = propagator.extract(Context.root(), record.headers(), HEADERS);
            SpanContext spanContext = Span.fromContext(context).getSpanContext();
            if (!spanContext.isValid()) {
                continue;
            }
            if (parent == null) {
                parent = context;
            } else if (others.size() < MAX_LINKS) {
                others.add(spanContext);
            }
        }
        if (parent == null) {
            handling.run();
            return;
        }
        SpanBuilder builder = messagingSpan("process", topic, SpanKind.CONSUMER, tracer.spanBuilder("process " + topic))
                .setParent(parent)
                .setAttribute("messaging.batch.message_count", count);
        others.forEach(builder::addLink);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            handling.run();
        } catch (RuntimeException e) {
            ended(span, e);
            throw e;
        }
        span.end();
    }

    /** What handles one consumed record; it may throw whatever its store's client throws. */
    @FunctionalInterface
    public interface RecordHandler<K, V> {
        void handle(ConsumerRecord<K, V> record) throws Throwable;
    }

    /**
     * Handles a polled batch record by record, in order, each in its own record's trace (see {@link #inTraceOf}),
     * within the batch's span (see {@link #process}); stops at the first record whose handling throws, and throws
     * that.
     */
    public <K, V> void processEach(String topic, Iterable<ConsumerRecord<K, V>> records, RecordHandler<K, V> handler)
            throws Throwable {
        Throwable[] failed = new Throwable[1];
        process(topic, records, () -> {
            for (ConsumerRecord<K, V> record : records) {
                failed[0] = failureInTraceOf(record, handler);
                if (failed[0] != null) {
                    return;
                }
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /** Handles one record in its own trace (see {@link #inTraceOf}), throwing what its handling throws. */
    public <K, V> void handleInTraceOf(ConsumerRecord<K, V> record, RecordHandler<K, V> handler) throws Throwable {
        Throwable failed = failureInTraceOf(record, handler);
        if (failed != null) {
            throw failed;
        }
    }

    private <K, V> Throwable failureInTraceOf(ConsumerRecord<K, V> record, RecordHandler<K, V> handler) {
        return inTraceOf(record, () -> {
            try {
                handler.handle(record);
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
    }

    /**
     * Runs {@code work} with the trace context {@code record} carries as the current one (none when it carries
     * none), so what it writes continues that record's trace rather than its batch's.
     */
    public <T> T inTraceOf(ConsumerRecord<?, ?> record, Supplier<T> work) {
        try (Scope ignored =
                propagator.extract(Context.root(), record.headers(), HEADERS).makeCurrent()) {
            return work.get();
        }
    }

    private static SpanBuilder messagingSpan(String operation, String topic, SpanKind kind, SpanBuilder builder) {
        return builder.setSpanKind(kind)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", operation);
    }

    private static void ended(Span span, Throwable error) {
        if (error != null) {
            span.recordException(error);
            span.setStatus(StatusCode.ERROR, error.getMessage());
        }
        span.end();
    }
}
