package org.knowbridge.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.knowbridge.portal.domain.ApiProblem;

/**
 * Turns a service's error answer into an {@link ApiProblem} carrying the application/problem+json detail and the
 * fields it names; an answer without one (a proxy's page, an empty body) gets a plain sentence instead, never the
 * raw body.
 */
public class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        return problemOf(response.getStatus(), response.readEntity(String.class));
    }

    static ApiProblem problemOf(int status, String body) {
        String fallback = "The service answered with HTTP status " + status + ".";
        try {
            JsonNode problem = JSON.readTree(body == null ? "" : body);
            if (problem != null && problem.path("detail").isTextual()) {
                return new ApiProblem(status, problem.path("detail").asText(), fieldErrors(problem));
            }
        } catch (RuntimeException | IOException e) {
            // Not a problem document: fall back to the status.
        }
        return new ApiProblem(status, fallback);
    }

    /** The first message per top-level field: "knowledgeAreasSought[2]" is the list's field. */
    private static Map<String, String> fieldErrors(JsonNode problem) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asText("");
            String name = field.split("[\\[.]", 2)[0];
            if (!name.isEmpty()) {
                out.putIfAbsent(name, error.path("message").asText("is not valid"));
            }
        }
        return out;
    }
}
