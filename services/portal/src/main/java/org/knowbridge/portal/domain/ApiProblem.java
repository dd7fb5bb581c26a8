package org.knowbridge.portal.domain;

import java.util.Map;

/** A service refused or failed a call: its status and the problem's detail, the words shown to the user. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String detail) {
        this(status, detail, Map.of());
    }

    /** @param fieldErrors per field of the request the service named (top-level name), what is wrong with it */
    public ApiProblem(int status, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }
}
