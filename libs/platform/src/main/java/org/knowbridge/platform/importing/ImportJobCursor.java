package org.knowbridge.platform.importing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Where a page of an import-job list ended. Lists run newest first (by creation time, then id), so the next
 * page holds the jobs created before this one: pages stay stable while new jobs start. Opaque to clients.
 */
public record ImportJobCursor(Instant createdAt, String id) {

    /** Jobs per page unless the caller asks otherwise, and the most it may ask for. */
    public static final int DEFAULT_LIMIT = 20;

    public static final int MAX_LIMIT = 100;

    private static final char SEPARATOR = '|';

    /** The cursor of the page after the one ending with this job. */
    public static String after(Instant createdAt, Object id) {
        String plain = createdAt.toString() + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; null for none; a 400 naming {@code cursor} for anything else. */
    public static ImportJobCursor parse(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator > 0 && separator < plain.length() - 1) {
                return new ImportJobCursor(
                        Instant.parse(plain.substring(0, separator)), plain.substring(separator + 1));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // answered below
        }
        throw new ProblemException(
                ProblemType.VALIDATION_FAILED,
                "Unknown cursor: pass nextCursor of a previous page",
                List.of(new Problem.FieldError("cursor", "not a cursor of this API")));
    }
}
