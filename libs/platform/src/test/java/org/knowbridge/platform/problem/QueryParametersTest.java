package org.knowbridge.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aFlagIsTrueOrFalseInAnyCaseAndAbsentWhenBlank() {
        assertEquals(Boolean.TRUE, QueryParameters.boolValue("true", "sme"));
        assertEquals(Boolean.TRUE, QueryParameters.boolValue(" TRUE ", "sme"));
        assertEquals(Boolean.FALSE, QueryParameters.boolValue("False", "sme"));
        assertNull(QueryParameters.boolValue(null, "sme"));
        assertNull(QueryParameters.boolValue(" ", "sme"));
    }

    @Test
    void anyOtherWordIsAValidationProblemNamingTheParameter() {
        for (String value : List.of("maybe", "1", "yes")) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryParameters.boolValue(value, "sme"));
            assertEquals(ProblemType.VALIDATION_FAILED, e.type());
            assertEquals(List.of(new Problem.FieldError("sme", "must be true or false")), e.errors());
        }
    }
}
