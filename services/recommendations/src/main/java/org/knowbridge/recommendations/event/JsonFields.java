package org.knowbridge.recommendations.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reading of the few fields this service takes from other services' JSON. */
public final class JsonFields {

    private JsonFields() {
    }

    /** The text, or null when absent, not text, or blank. */
    public static String text(JsonNode value) {
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** The non-blank strings of an array, in order; empty when it is no array. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> {
            String text = text(v);
            if (text != null) {
                out.add(text);
            }
        });
        return out;
    }
}
