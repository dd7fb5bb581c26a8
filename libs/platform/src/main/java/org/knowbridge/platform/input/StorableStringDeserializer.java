package org.knowbridge.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.Optional;
import org.knowbridge.contracts.text.TextFlaw;
import org.knowbridge.platform.problem.UnstorableTextException;

/**
 * Reads strings as Jackson does, refusing any that no store keeps as sent (a NUL character, half a surrogate
 * pair) wherever it sits in the document.
 */
class StorableStringDeserializer extends StdScalarDeserializer<String> {

    StorableStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        Optional<TextFlaw> flaw = value == null ? Optional.empty() : TextFlaw.in(value);
        if (flaw.isPresent()) {
            throw new UnstorableTextException(parser, flaw.get());
        }
        return value;
    }
}
