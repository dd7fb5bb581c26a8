package org.knowbridge.platform.problem;

import java.util.List;

/** Thrown by service code to answer with a specific problem type; mapped by {@link ProblemExceptionMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you");
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
