package org.knowbridge.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.knowbridge.platform.problem.NulCharacterException;

/** Reads strings as Jackson does, refusing any with a NUL character wherever it sits in the document. */
class NulFreeStringDeserializer extends StdScalarDeserializer<String> {

    NulFreeStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new NulCharacterException(parser);
        }
        return value;
    }
}
