package org.knowbridge.introductions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.problem.ProblemException;

/** Where a webhook may point, with production's policy and with the local one. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = new WebhookUrlPolicy(false);
    private final WebhookUrlPolicy local = new WebhookUrlPolicy(true);

    @Test
    void productionTakesHttpsToPublicAddressesOnly() {
        assertEquals(Optional.empty(), production.problem("https://93.184.215.14/hooks/knowbridge"));
        assertEquals(Optional.empty(), production.problem("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook"));
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://127.8.9.10:8443/hook",
                "https://localhost/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.20/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd12:3456::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://224.0.0.1/hook")) {
            assertTrue(
                    production.problem(url).orElse("").contains("loopback, private or link-local"),
                    url + " was not refused as private: " + production.problem(url));
        }
    }

    @Test
    void productionRefusesPlainHttpCredentialsAndWhatIsNoUrl() {
        assertEquals(Optional.of("must be an https URL"), production.problem("http://93.184.215.14/hook"));
        assertEquals(Optional.of("must be an https URL"), production.problem("ftp://93.184.215.14/hook"));
        assertEquals(Optional.of("must be an https URL"), production.problem("/relative/hook"));
        assertEquals(Optional.of("is not a URL"), production.problem("https://exa mple.org/hook"));
        assertEquals(Optional.of("must not carry credentials"), production.problem("https://u:p@93.184.215.14/hook"));
        assertEquals(Optional.of("must be given"), production.problem(" "));
        assertEquals(
                Optional.of("must be at most 2000 characters"),
                production.problem("https://93.184.215.14/" + "a".repeat(2000)));
        assertEquals(
                Optional.of("has a host that does not resolve"),
                production.problem("https://no-such-host.invalid/hook"));
    }

    @Test
    void theLocalProfileTakesHttpReceiversOnLoopback() {
        assertEquals(Optional.empty(), local.problem("http://127.0.0.1:18999/hook"));
        assertEquals(Optional.empty(), local.problem("https://localhost/hook"));
        assertEquals(Optional.of("must be an https URL"), local.problem("ftp://127.0.0.1/hook"));
    }

    @Test
    void aRefusalIsAProblemNamingUrl() {
        ProblemException refused = assertThrows(ProblemException.class, () -> production.check("https://10.0.0.1/"));
        assertEquals(400, refused.type().status());
        assertEquals("url", refused.errors().get(0).field());
    }
}
