package org.knowbridge.systemtests.fuzz;

/** A request whose answer broke a rule of {@link ResponseCheck}, with the start of the answer's body. */
record Failure(FuzzRequest request, int status, String fault, String answer) {

    /** Failures of one kind: the same operation, fault and variant. */
    String kind() {
        return request.operation() + " | " + request.what() + " | " + fault;
    }

    String report() {
        return request.service().serviceName() + " " + kind() + " (as "
                + request.role().accessKey() + ")\n"
                + "    " + request.curl() + "\n"
                + "    answer: " + answer;
    }
}
