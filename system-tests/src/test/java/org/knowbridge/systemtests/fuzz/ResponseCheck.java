package org.knowbridge.systemtests.fuzz;

import java.time.Duration;
import java.util.Optional;

/** What no answer of the platform may be, whatever it was sent. */
final class ResponseCheck {

    /** Generous: a fuzzed request is never heavy, so only a hang or a pathological path passes it. */
    static final Duration BOUND = Duration.ofSeconds(5);

    private ResponseCheck() {}

    /** Why the answer is wrong, or empty when it is fine. */
    static Optional<String> fault(FuzzRequest request, int status, String contentType, Duration took) {
        if (status >= 500) {
            return Optional.of("HTTP " + status);
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return Optional.of(
                    "HTTP " + status + " is not application/problem+json (Content-Type: " + contentType + ")");
        }
        if (request.refusalExpected() && status < 400) {
            return Optional.of("HTTP " + status + " to a write meant to be refused (it may have changed data)");
        }
        if (took.compareTo(BOUND) > 0) {
            return Optional.of(
                    "HTTP " + status + " after " + took.toMillis() + " ms (bound " + BOUND.toMillis() + " ms)");
        }
        return Optional.empty();
    }
}
