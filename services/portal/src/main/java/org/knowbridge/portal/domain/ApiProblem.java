package org.knowbridge.portal.domain;

/** A service refused or failed a call: its status and the problem's detail, the words shown to the user. */
public class ApiProblem extends RuntimeException {

    private final int status;

    public ApiProblem(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }
}
