package org.knowbridge.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Mappers are registered per exception type
 * because the most specific mapper wins: a mapper for a supertype would lose to Quarkus' built-in ones.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** A store restarting after a crash is back within seconds. */
    private static final int STORE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uriInfo) {
        return ProblemResponses.of(e.type(), e.getMessage(), uriInfo, e.errors());
    }

    @ServerExceptionMapper
    public Response restViolation(ResteasyReactiveViolationException e, UriInfo uriInfo) {
        return violations(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e, UriInfo uriInfo) {
        return violations(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uriInfo) {
        return ProblemResponses.of(
                ProblemType.VALIDATION_FAILED,
                "Unknown field '" + e.getPropertyName() + "'",
                uriInfo,
                List.of(new Problem.FieldError(jsonPath(e), "unknown field")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uriInfo) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return ProblemResponses.of(
                ProblemType.VALIDATION_FAILED,
                "A field has a value of the wrong type",
                uriInfo,
                List.of(new Problem.FieldError(jsonPath(e), "expected " + expected + ", got '" + e.getValue() + "'")));
    }

    @ServerExceptionMapper
    public Response unstorableText(UnstorableTextException e, UriInfo uriInfo) {
        String field = jsonPath(e);
        String message = UnstorableTextException.message(e.flaw());
        return ProblemResponses.of(
                ProblemType.VALIDATION_FAILED,
                "Field " + field + " " + message,
                uriInfo,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uriInfo) {
        String field = jsonPath(e);
        // A body cut short fails while binding a field, yet it is not that field's fault.
        boolean truncated =
                e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
        if (field.equals("body") || truncated) {
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST, "The body is not the expected JSON document", uriInfo);
        }
        return ProblemResponses.of(
                ProblemType.VALIDATION_FAILED,
                "A field has a value of the wrong shape",
                uriInfo,
                List.of(new Problem.FieldError(field, "wrong JSON type")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uriInfo) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where, uriInfo);
    }

    private Response json(JsonProcessingException e, UriInfo uriInfo) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uriInfo);
        }
        if (e instanceof UnstorableTextException text) {
            return unstorableText(text, uriInfo);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid, uriInfo);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uriInfo);
        }
        return malformedJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uriInfo) {
        return withBearerChallenge(
                ProblemResponses.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required", uriInfo));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uriInfo) {
        return withBearerChallenge(ProblemResponses.of(
                ProblemType.UNAUTHORIZED, "The bearer token is missing, expired or invalid", uriInfo));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation", uriInfo);
    }

    /** JAX-RS answers 404 when a path or query parameter does not convert to its type: that is bad input. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uriInfo, ResourceInfo resource) {
        if (e.getCause() == null || e.getCause() instanceof WebApplicationException) {
            return webApplication(e, uriInfo);
        }
        List<Problem.FieldError> errors = UnconvertibleParameters.of(resource, uriInfo);
        String detail = errors.isEmpty()
                ? "A parameter has a value of the wrong type"
                : "Parameter " + errors.get(0).field() + " has a value of the wrong type";
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, detail, uriInfo, errors);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uriInfo, HttpHeaders headers) {
        String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String what = sent == null ? "a body without a Content-Type" : "a body of type '" + sent + "'";
        return ProblemResponses.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This operation does not take " + what + "; its contract at /q/openapi lists the types it takes",
                uriInfo,
                List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, "not a media type this operation takes")));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uriInfo, HttpHeaders headers) {
        String accepted = headers.getHeaderString(HttpHeaders.ACCEPT);
        return ProblemResponses.of(
                ProblemType.NOT_ACCEPTABLE,
                "This operation cannot answer in any type of Accept '" + accepted
                        + "'; its contract at /q/openapi lists the types it answers in",
                uriInfo,
                List.of(new Problem.FieldError(HttpHeaders.ACCEPT, "no media type this operation answers in")));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo) {
        // The JSON body reader wraps Jackson's exception in a plain 400: answer for the real cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uriInfo);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? type.title() : e.getMessage();
        Response problem = ProblemResponses.of(type, detail, uriInfo);
        if (status != type.status()) {
            return Response.fromResponse(problem).status(status).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uriInfo) {
        Optional<String> badMultipart = MultipartFaults.describe(e);
        if (badMultipart.isPresent()) {
            return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, badMultipart.get(), uriInfo);
        }
        if (StoreOutages.unreachable(e)) {
            LOG.warnf("A store cannot be reached on %s: %s", uriInfo == null ? "?" : uriInfo.getRequestUri(), e);
            return Response.fromResponse(ProblemResponses.of(
                            ProblemType.UNAVAILABLE,
                            "A store of this service cannot be reached at the moment; nothing was changed, try again"
                                    + " shortly",
                            uriInfo))
                    .header(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS)
                    .build();
        }
        // Never leak internals; the id ties the answer to the log line.
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uriInfo == null ? "?" : uriInfo.getRequestUri());
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "Unexpected error, reference " + errorId, uriInfo);
    }

    private static Response violations(ConstraintViolationException e, UriInfo uriInfo) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return ProblemResponses.of(
                ProblemType.VALIDATION_FAILED, errors.size() + " field(s) failed validation", uriInfo, errors);
    }

    /**
     * {@code create.arg0.legalName} becomes {@code legalName}, and {@code targetCountries.<list element>[1]}
     * becomes {@code targetCountries[1]}: callers know their body, not our method names.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            // The first two nodes are the method and its parameter.
            if (index++ < 2
                    && (node.getKind() == jakarta.validation.ElementKind.METHOD
                            || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && isLastProperty(violation, node)) {
                    field.append(node.getName());
                }
                continue;
            }
            String name = node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT ? null : node.getName();
            if (!field.isEmpty() && name != null) {
                field.append('.');
            }
            if (name != null) {
                field.append(name);
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** Whether only the elements of a list (or map) parameter follow this node. */
    private static boolean isLastProperty(ConstraintViolation<?> violation, Path.Node candidate) {
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                last = node;
            }
        }
        return last == candidate;
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        return type.getSimpleName();
    }

    private static Response withBearerChallenge(Response response) {
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"knowbridge\"")
                .build();
    }
}
