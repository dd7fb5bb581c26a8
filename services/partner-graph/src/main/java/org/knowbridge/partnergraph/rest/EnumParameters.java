package org.knowbridge.partnergraph.rest;

import java.util.Arrays;
import java.util.List;
import org.knowbridge.common.problem.Problem;
import org.knowbridge.common.problem.ProblemException;
import org.knowbridge.common.problem.ProblemType;

/**
 * Parses enum query parameters ourselves: JAX-RS answers 404 when it cannot convert a query parameter, yet an
 * unknown value is the caller's bad input (400, naming the parameter and the allowed values).
 */
final class EnumParameters {

    private EnumParameters() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Unknown " + parameter + " '" + value + "'",
                    List.of(new Problem.FieldError(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()))));
        }
    }
}
