package org.knowbridge.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** W3C trace context for tests: a caller's new trace, and the trace a Kafka record continues. */
public final class TraceParents {

    private TraceParents() {}

    /** A sampled {@code traceparent} of a new trace, as a traced caller would send it. */
    public static String newTrace() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    /** The trace id of a {@code traceparent}. */
    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    /** The trace id of the record's {@code traceparent} header, null when it has none. */
    public static String traceId(Headers headers) {
        Header header = headers.lastHeader("traceparent");
        return header == null ? null : traceId(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
