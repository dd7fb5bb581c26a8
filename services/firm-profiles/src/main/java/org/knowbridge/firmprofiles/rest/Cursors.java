package org.knowbridge.firmprofiles.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/** Opaque list cursors: the id the previous page ended with, so pages stay stable while firms are added. */
final class Cursors {

    private Cursors() {}

    static String after(UUID lastId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(lastId.toString().getBytes(StandardCharsets.UTF_8));
    }

    static UUID parse(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "Unknown cursor: pass nextCursor of a previous page",
                    List.of(new Problem.FieldError("cursor", "not a cursor of this API")));
        }
    }
}
