package org.knowbridge.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.problem.NulCharacterException;

class JsonInputRulesTest {

    record Named(String name, List<String> tags) {}

    private final ObjectMapper mapper = customised();

    private static ObjectMapper customised() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonInputRules().customize(mapper);
        return mapper;
    }

    @Test
    void readsOrdinaryStrings() throws Exception {
        assertEquals(
                new Named("Aalto", List.of("a")),
                mapper.readValue("{\"name\":\"Aalto\",\"tags\":[\"a\"]}", Named.class));
    }

    @Test
    void refusesANulCharacterNamingTheField() {
        NulCharacterException e = assertThrows(
                NulCharacterException.class, () -> mapper.readValue("{\"name\":\"Aa\\u0000lto\"}", Named.class));
        assertEquals("name", e.getPath().get(0).getFieldName());
    }

    @Test
    void refusesANulCharacterInAListElement() {
        NulCharacterException e = assertThrows(
                NulCharacterException.class, () -> mapper.readValue("{\"tags\":[\"ok\",\"b\\u0000\"]}", Named.class));
        assertEquals("tags", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
    }

    @Test
    void refusesAnythingAfterTheDocument() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"name\":\"a\"} {}", Named.class));
    }
}
