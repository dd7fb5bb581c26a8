package org.knowbridge.platform.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What every service's JSON reader refuses beyond Jackson's defaults: anything after the document (it would
 * otherwise be ignored silently) and strings with a NUL character (PostgreSQL cannot store them).
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("knowbridge-nul-free-strings")
                .addDeserializer(String.class, new NulFreeStringDeserializer()));
    }
}
