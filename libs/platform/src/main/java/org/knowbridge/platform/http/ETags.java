package org.knowbridge.platform.http;

import jakarta.ws.rs.core.EntityTag;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version number, and an update must name the
 * version it was based on in If-Match, so a change made meanwhile is never overwritten unseen.
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The 428 problem of an update without If-Match. */
    public static ProblemException required(String resource) {
        return new ProblemException(
                ProblemType.PRECONDITION_REQUIRED,
                "Send the " + resource + "'s ETag in If-Match, so a change made meanwhile is not overwritten");
    }

    /**
     * The version an If-Match header names: a 428 problem without one, a 412 when it names no version we
     * hand out. Weak and quoted forms are accepted, as clients echo the ETag as they received it.
     *
     * @param resource what the header is about, for the message (e.g. "firm")
     */
    public static long expectedVersion(String ifMatch, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required(resource);
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
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match " + ifMatch + " is not the " + resource + "'s current ETag");
        }
    }
}
