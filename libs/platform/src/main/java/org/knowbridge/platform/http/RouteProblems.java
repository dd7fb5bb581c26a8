package org.knowbridge.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemType;

/** Answers with a problem+json document from a Vert.x route, for requests refused before JAX-RS sees them. */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper json;

    public RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the exchange with the problem and closes the connection, as the rest of the request is not read. */
    public void endWith(RoutingContext context, ProblemType type, String detail) {
        endWith(context, type, detail, List.of());
    }

    public void endWith(RoutingContext context, ProblemType type, String detail, List<Problem.FieldError> errors) {
        Problem problem = Problem.of(type, detail, context.request().path(), errors);
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
