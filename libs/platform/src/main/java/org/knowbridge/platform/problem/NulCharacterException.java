package org.knowbridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string holding U+0000: PostgreSQL cannot store it, so it is the caller's bad input (400). */
public class NulCharacterException extends MismatchedInputException {

    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    public NulCharacterException(JsonParser parser) {
        super(parser, "A string " + MESSAGE, String.class);
    }
}
