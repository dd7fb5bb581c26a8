package org.knowbridge.systemtests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * One generated request.
 *
 * @param target the path and query, percent-encoded as sent
 * @param headers headers besides Authorization (Content-Type, Accept, If-Match, ...)
 * @param body the bytes sent, or null for none
 * @param refusalExpected whether any 2xx is a failure: every write the fuzzer sends is meant to change nothing
 * @param what what the request tries, for the report
 */
record FuzzRequest(
        Service service,
        String operation,
        Role role,
        String method,
        String target,
        Map<String, String> headers,
        byte[] body,
        boolean refusalExpected,
        String what) {

    String url() {
        return service.url() + target;
    }

    /** A curl command line that sends the same request (the token fetched anew). */
    String curl() {
        StringBuilder line = new StringBuilder("curl -sS -i -X ")
                .append(method)
                .append(" '")
                .append(url())
                .append('\'');
        if (role != Role.ANONYMOUS) {
            line.append(" -H \"Authorization: Bearer $(./knowbridge token demo-")
                    .append(role.accessKey())
                    .append(")\"");
        }
        headers.forEach((name, value) -> line.append(" -H ").append(shellQuoted(name + ": " + value)));
        if (body != null) {
            line.append(" --data-binary ").append(shellQuoted(body));
        }
        return line.toString();
    }

    private static String shellQuoted(String text) {
        return shellQuoted(text.getBytes(StandardCharsets.UTF_8));
    }

    // $'...' with every byte outside printable ASCII escaped, so that NULs and broken UTF-8 survive a paste.
    private static String shellQuoted(byte[] bytes) {
        StringBuilder quoted = new StringBuilder("$'");
        int shown = Math.min(bytes.length, 4000);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\'' || b == '\\') {
                quoted.append('\\').append((char) b);
            } else if (b >= 0x20 && b < 0x7f) {
                quoted.append((char) b);
            } else {
                quoted.append(String.format("\\x%02x", b));
            }
        }
        quoted.append('\'');
        if (shown < bytes.length) {
            quoted.append(" # body cut here for the report: ")
                    .append(bytes.length)
                    .append(" bytes in all");
        }
        return quoted.toString();
    }
}
