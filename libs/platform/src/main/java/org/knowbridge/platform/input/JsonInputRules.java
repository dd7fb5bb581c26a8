package org.knowbridge.platform.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What every service's JSON reader refuses beyond Jackson's defaults: anything after the document (it would
 * otherwise be ignored silently) and strings no store keeps as sent: a NUL character (PostgreSQL refuses it) or
 * half a surrogate pair (written as '?'); and an empty string where the value is no string.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // "" for an id, a time, a number or an enum is no value: refused, where Jackson would read null.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("knowbridge-storable-strings")
                .addDeserializer(String.class, new StorableStringDeserializer()));
    }
}
