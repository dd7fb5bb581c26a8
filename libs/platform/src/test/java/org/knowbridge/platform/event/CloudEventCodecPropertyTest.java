package org.knowbridge.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A consumer reads whatever a topic holds: every payload is an event, or refused as IllegalArgumentException. */
class CloudEventCodecPropertyTest {

    @Property(tries = 1000)
    void anyTextIsDecodedOrRefused(@ForAll String payload) {
        decodedOrRefused(payload);
    }

    /** Near-miss envelopes reach further into the reader than random text does. */
    @Property(tries = 1000)
    void anyEnvelopeOfWrongValuesIsDecodedOrRefused(@ForAll("envelopes") String payload) {
        decodedOrRefused(payload);
    }

    /** JSON that is no object: a record value of "null" or an array is no event either. */
    @Example
    void jsonThatIsNoObjectIsRefused() {
        for (String payload : List.of("null", "[]", "1", "\"event\"", "")) {
            decodedOrRefused(payload);
        }
    }

    private static void decodedOrRefused(String payload) {
        CloudEvent<JsonNode> event;
        try {
            event = CloudEventCodec.decode(payload);
        } catch (IllegalArgumentException refused) {
            return;
        } catch (RuntimeException e) {
            fail("neither decoded nor refused: " + payload, e);
            return;
        }
        assertNotNull(event, "decoded: " + payload);
        assertNotNull(event.id());
        assertNotNull(event.type());
        assertNotNull(event.source());
        assertEquals(
                event.id(),
                CloudEventCodec.decode(CloudEventCodec.encode(event)).id());
    }

    @Provide
    Arbitrary<String> envelopes() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "1", "-1e999", "[]", "{}", "\"\"", "\"1.0\"", "\"x y\"", "\"::\""),
                Arbitraries.of("\"2024-01-01T00:00:00Z\"", "\"2024-13-45T99:00:00Z\"", "\"urn:x\"", "\"http://[\""),
                Arbitraries.strings()
                        .ofMaxLength(12)
                        .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        List<String> fields = List.of(
                "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema", "data");
        return Combinators.combine(
                        values.list().ofSize(fields.size()),
                        Arbitraries.integers().between(0, (1 << fields.size()) - 1))
                .as((chosen, present) -> {
                    StringBuilder json = new StringBuilder("{");
                    for (int i = 0; i < fields.size(); i++) {
                        if ((present & (1 << i)) != 0) {
                            json.append(json.length() > 1 ? "," : "")
                                    .append('"')
                                    .append(fields.get(i))
                                    .append("\":")
                                    .append(chosen.get(i));
                        }
                    }
                    return json.append('}').toString();
                });
    }
}
