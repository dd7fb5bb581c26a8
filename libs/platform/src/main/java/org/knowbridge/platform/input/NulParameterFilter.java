package org.knowbridge.platform.input;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.knowbridge.contracts.text.TextFlaw;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.problem.UnstorableTextException;

/** Refuses a query or path parameter holding a NUL character (%00) before any operation sees it. */
public class NulParameterFilter {

    @ServerRequestFilter
    public void refuseNul(UriInfo uriInfo) {
        String parameter = firstWithNul(uriInfo.getQueryParameters());
        if (parameter == null) {
            parameter = firstWithNul(uriInfo.getPathParameters());
        }
        if (parameter != null) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "Parameter " + parameter + " " + UnstorableTextException.message(TextFlaw.NUL),
                    List.of(new Problem.FieldError(parameter, UnstorableTextException.message(TextFlaw.NUL))));
        }
    }

    private static String firstWithNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) {
                return entry.getKey().replace('\0', '?');
            }
            for (String value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
