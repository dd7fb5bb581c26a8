package org.knowbridge.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem document, with the offending fields when the input was at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected input: where it is ({@code body.legalName}, {@code query.limit}) and why. */
    public record FieldError(String field, String message) {}

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(
                type.uri(), type.title(), type.status(), detail, instance, errors == null ? List.of() : errors);
    }
}
