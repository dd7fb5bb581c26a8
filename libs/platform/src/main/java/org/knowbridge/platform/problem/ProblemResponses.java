package org.knowbridge.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses so every mapper answers in the same shape. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, UriInfo uriInfo) {
        return of(type, detail, uriInfo, List.of());
    }

    public static Response of(ProblemType type, String detail, UriInfo uriInfo, List<Problem.FieldError> errors) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors))
                .build();
    }
}
