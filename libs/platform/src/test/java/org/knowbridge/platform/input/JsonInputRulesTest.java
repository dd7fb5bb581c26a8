package org.knowbridge.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.text.TextFlaw;
import org.knowbridge.platform.problem.UnstorableTextException;

class JsonInputRulesTest {

    record Named(String name, List<String> tags) {}

    enum Colour {
        RED
    }

    record Typed(UUID id, Colour colour, OffsetDateTime at, Integer count) {}

    private final ObjectMapper mapper = customised();

    private static ObjectMapper customised() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
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
        UnstorableTextException e = assertThrows(
                UnstorableTextException.class, () -> mapper.readValue("{\"name\":\"Aa\\u0000lto\"}", Named.class));
        assertEquals("name", e.getPath().get(0).getFieldName());
    }

    @Test
    void refusesANulCharacterInAListElement() {
        UnstorableTextException e = assertThrows(
                UnstorableTextException.class, () -> mapper.readValue("{\"tags\":[\"ok\",\"b\\u0000\"]}", Named.class));
        assertEquals("tags", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
    }

    @Test
    void refusesHalfASurrogatePairEscapedOrRaw() {
        for (String name : new String[] {"\"Aa\\ud800lto\"", "\"x\\udc00\"", "\"\\ud83d\"", "\"\ud800\""}) {
            UnstorableTextException e = assertThrows(
                    UnstorableTextException.class, () -> mapper.readValue("{\"name\":" + name + "}", Named.class));
            assertEquals(TextFlaw.LONE_SURROGATE, e.flaw(), name);
            assertEquals("name", e.getPath().get(0).getFieldName());
        }
    }

    @Test
    void readsAWholeSurrogatePair() throws Exception {
        assertEquals(
                "\uD83D\uDE00",
                mapper.readValue("{\"name\":\"\\ud83d\\ude00\"}", Named.class).name());
    }

    @Test
    void refusesAnythingAfterTheDocument() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"name\":\"a\"} {}", Named.class));
    }

    @Test
    void refusesAnEmptyStringForAValueThatIsNoString() {
        // Read as null it would pass for "not given", and a rule like "both or neither" would not see it.
        for (String field : List.of("id", "colour", "at", "count")) {
            assertThrows(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"" + field + "\":\"\"}", Typed.class),
                    field);
        }
    }

    @Test
    void readsAnEmptyStringAsAnEmptyString() throws Exception {
        assertEquals(new Named("", List.of("")), mapper.readValue("{\"name\":\"\",\"tags\":[\"\"]}", Named.class));
    }
}
