package org.knowbridge.firmprofiles.rest;

import jakarta.ws.rs.core.EntityTag;
import org.knowbridge.common.problem.ProblemException;
import org.knowbridge.common.problem.ProblemType;
import org.knowbridge.firmprofiles.domain.Firm;

/** A firm's ETag is its version; an update must name it in If-Match (optimistic concurrency). */
final class ETags {

    private ETags() {
    }

    static EntityTag of(Firm firm) {
        return new EntityTag(Long.toString(firm.version));
    }

    /** The version an If-Match header names; 428 without one, 412 when it names no version of ours. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the firm's ETag in If-Match, so a change made meanwhile is not overwritten");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not the firm's current ETag");
        }
    }
}
