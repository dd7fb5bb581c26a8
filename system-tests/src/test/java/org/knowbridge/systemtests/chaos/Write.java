package org.knowbridge.systemtests.chaos;

import java.time.Instant;
import java.util.List;
import org.knowbridge.systemtests.chaos.Api.Answer;

/**
 * A write the load sent: its kind, the request that made it (method and path template), what it wrote, the answer
 * it got and what it must have left.
 */
record Write(String kind, String request, String label, Answer answer, Instant sentAt, List<Effect> effects) {

    Write(String kind, String request, String label, Answer answer, List<Effect> effects) {
        this(kind, request, label, answer, Instant.now(), effects);
    }

    /** The status it got, 0 without an answer. */
    int status() {
        return answer.status();
    }

    boolean acknowledged() {
        return answer.ok();
    }
}
