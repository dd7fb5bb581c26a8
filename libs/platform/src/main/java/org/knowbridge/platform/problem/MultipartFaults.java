package org.knowbridge.platform.problem;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * Failures of the REST layer's multipart parser that are the body's fault, in the caller's words: a body cut
 * before its closing boundary, a part header that is none, a character set that does not exist. The parser
 * throws them as plain exceptions, which would otherwise answer 500; a failure of the disk it writes the
 * parts to is thrown further down and stays a 500.
 */
final class MultipartFaults {

    private static final String PARSER_PACKAGE = "org.jboss.resteasy.reactive.server.core.multipart.";

    private MultipartFaults() {}

    /** What is wrong with the body, if the parser refused it. */
    static Optional<String> describe(Throwable e) {
        if (e instanceof MultipartParser.MalformedMessageException) {
            return Optional.of("The multipart body is malformed: a part's headers cannot be read");
        }
        if (!thrownByParser(e)) {
            return Optional.empty();
        }
        if (e.getClass() == IOException.class) {
            return Optional.of("The multipart body ends before its closing boundary");
        }
        if (e.getCause() instanceof UnsupportedEncodingException charset) {
            return Optional.of("A multipart part names a character set that does not exist: " + charset.getMessage());
        }
        return Optional.empty();
    }

    private static boolean thrownByParser(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(PARSER_PACKAGE);
    }
}
