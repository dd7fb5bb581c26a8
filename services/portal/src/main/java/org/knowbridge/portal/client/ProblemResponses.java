package org.knowbridge.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.knowbridge.portal.domain.ApiProblem;

/**
 * Turns a service's error answer into an {@link ApiProblem} carrying the application/problem+json detail; an answer
 * without one (a proxy's page, an empty body) gets a plain sentence instead, never the raw body.
 */
public class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        return new ApiProblem(response.getStatus(), detailOf(response));
    }

    static String detailOf(Response response) {
        try {
            String body = response.readEntity(String.class);
            JsonNode problem = JSON.readTree(body == null ? "" : body);
            if (problem != null && problem.path("detail").isTextual()) {
                return problem.path("detail").asText();
            }
        } catch (RuntimeException | java.io.IOException e) {
            // Not a problem document: fall back to the status below.
        }
        return "The service answered with HTTP status " + response.getStatus() + ".";
    }
}
