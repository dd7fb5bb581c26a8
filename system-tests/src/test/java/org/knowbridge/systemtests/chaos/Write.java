package org.knowbridge.systemtests.chaos;

import java.time.Instant;
import java.util.List;

/** A write the load sent: its kind, what it wrote, the status it got (0: no answer) and what it must have left. */
record Write(String kind, String label, int status, Instant sentAt, List<Effect> effects) {

    Write(String kind, String label, int status, List<Effect> effects) {
        this(kind, label, status, Instant.now(), effects);
    }

    boolean acknowledged() {
        return status >= 200 && status < 300;
    }
}
