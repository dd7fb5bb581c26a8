package org.knowbridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.knowbridge.contracts.text.TextFlaw;

/** A JSON string that no store keeps as sent (see {@link TextFlaw}): the caller's bad input (400). */
public class UnstorableTextException extends MismatchedInputException {

    private final TextFlaw flaw;

    public UnstorableTextException(JsonParser parser, TextFlaw flaw) {
        super(parser, "A string " + message(flaw), String.class);
        this.flaw = flaw;
    }

    /** The error of a field or parameter holding such text, e.g. "must not contain a NUL character". */
    public static String message(TextFlaw flaw) {
        return "must not contain " + flaw.what();
    }

    public TextFlaw flaw() {
        return flaw;
    }
}
