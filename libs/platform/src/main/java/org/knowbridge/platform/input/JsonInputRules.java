package org.knowbridge.platform.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What every service's JSON reader refuses beyond Jackson's defaults: anything after the document (it would
 * otherwise be ignored silently) and strings no store keeps as sent: a NUL character (PostgreSQL refuses it) or
 * half a surrogate pair (written as '?').
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("knowbridge-storable-strings")
                .addDeserializer(String.class, new StorableStringDeserializer()));
    }
}
