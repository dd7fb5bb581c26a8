package org.knowbridge.partnergraph.rest;

import java.util.List;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/** Query parameters that JAX-RS would turn into a 404 when malformed: parsed here, a 400 naming the parameter. */
final class SearchParameters {

    private SearchParameters() {}

    /** true or false (any case); null when absent or blank. */
    static Boolean bool(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        parameter + " '" + value + "' is not true or false",
                        List.of(new Problem.FieldError(parameter, "must be true or false")));
        };
    }
}
