package org.knowbridge.systemtests.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Path and query values, already percent-encoded: so that bytes no Java string holds can be sent too. */
final class UrlValues {

    /** Hostile values for any path segment or query parameter, each as sent on the wire. */
    static final List<String> HOSTILE = List.of(
            "%00",
            "a%00b",
            "%ED%A0%80", // a lone surrogate in UTF-8
            "%FF%FE", // not UTF-8 at all
            "%C0%AF", // an overlong encoding of '/'
            "",
            "%20",
            "..",
            "%2e%2e",
            "%2F",
            "%5C",
            "%27%20OR%201%3D1--",
            "%3Cscript%3E",
            "%F0%9F%98%80",
            "null",
            "-1",
            "0",
            "99999999999999999999",
            "1e309",
            "NaN",
            "a".repeat(300),
            "b".repeat(6000));

    private UrlValues() {}

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value of the schema, encoded. */
    static String valid(Schema<?> schema, Random random) {
        var value = SchemaValues.valid(schema, random);
        return encode(value.isTextual() ? value.asText() : value.toString());
    }

    /** A value the schema refuses, or a hostile one, encoded. */
    static String invalid(Schema<?> schema, Random random) {
        var mutations = SchemaValues.invalid(schema, false).stream()
                .filter(m -> m.value().isValueNode() && !m.value().isNull())
                .filter(m -> !m.value().asText().contains(SchemaValues.RAW_LONE_SURROGATE))
                .toList();
        if (!mutations.isEmpty() && random.nextBoolean()) {
            return encode(
                    mutations.get(random.nextInt(mutations.size())).value().asText());
        }
        return hostile(random);
    }

    static String hostile(Random random) {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }
}
