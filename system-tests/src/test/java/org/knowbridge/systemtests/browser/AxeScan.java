package org.knowbridge.systemtests.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The accessibility scan: axe-core (from its web jar, on the tests' class path) injected into the page shown, run,
 * and its violations of impact serious or critical returned as lines naming the rule and the elements.
 */
public final class AxeScan {

    /** The web jar's version comes from the pom (knowbridge.axe-core.version, set for the tests by surefire). */
    private static final String AXE =
            "META-INF/resources/webjars/axe-core/" + System.getProperty("knowbridge.axe-core.version") + "/axe.min.js";

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    private AxeScan() {}

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.script(source());
        return (List<String>) browser.asyncScript(RUN);
    }

    private static String source() {
        try (InputStream in = AxeScan.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the class path (web jar org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
