package org.knowbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens of the demo accounts of realm {@code knowbridge} (see deploy/keycloak), fetched from
 * the running Keycloak with the password grant of the public client, or client credentials for the
 * partner integration client.
 */
public final class DemoUsers {

    public static final String SME = "demo-sme";
    public static final String OTHER_SME = "demo-sme-2";
    public static final String AGENCY = "demo-agency";
    /** A second agency, so a firm onboarded by another agency can be tested. */
    public static final String OTHER_AGENCY = "demo-agency-2";

    public static final String PARTNER = "demo-partner";
    public static final String ADMIN = "demo-admin";
    /** Signed in, but holds no KnowBridge role. */
    public static final String VISITOR = "demo-visitor";

    public static final String SME_FIRM_ID = "7f3c2a10-5b7e-4c1a-9d2e-000000000001";
    public static final String OTHER_SME_FIRM_ID = "7f3c2a10-5b7e-4c1a-9d2e-000000000002";
    /** The org_id claims of the agency, the second agency and the partner. */
    public static final String AGENCY_ORG_ID = "org-agency-demo";

    public static final String OTHER_AGENCY_ORG_ID = "org-agency-demo-2";
    public static final String PARTNER_ORG_ID = "org-partner-demo";

    private static final String PASSWORD = System.getProperty("knowbridge.demo.password", "knowbridge-demo");
    private static final String TOKEN_URL = System.getProperty("knowbridge.keycloak.url", "http://127.0.0.1:8180")
            + "/realms/knowbridge/protocol/openid-connect/token";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private DemoUsers() {}

    /** The demo accounts' password, for a test that signs in through Keycloak's login page. */
    public static String password() {
        return PASSWORD;
    }

    /** An access token of a demo user. */
    public static String token(String username) {
        return token(username, PASSWORD);
    }

    /** An access token of any user of the realm, e.g. an account a test created, signing in as a person would. */
    public static String token(String username, String password) {
        return cached(
                "user:" + username,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "knowbridge-web",
                        "username",
                        username,
                        "password",
                        password,
                        "scope",
                        "openid"));
    }

    /** An access token of a confidential client through the client-credentials grant. */
    public static String clientToken(String clientId, String secret) {
        return cached(
                "client:" + clientId,
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /**
     * One sign-in per account at a time: Keycloak's brute-force protection refuses a user's concurrent logins
     * (the others get "user_temporarily_disabled", which then locks the account for a while), so threads asking
     * for the same account wait for the one fetching its token.
     */
    private static String cached(String key, Map<String, String> form) {
        return CACHE.compute(
                        key,
                        (k, token) -> token == null || token.expiresAt().isBefore(Instant.now()) ? fetch(form) : token)
                .value();
    }

    private static CachedToken fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            // Renew well before expiry so a slow test never sends an expired token.
            long lifetime = Math.max(10, json.path("expires_in").asLong(60) - 30);
            return new CachedToken(
                    json.path("access_token").asText(), Instant.now().plusSeconds(lifetime));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + TOKEN_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record CachedToken(String value, Instant expiresAt) {}
}
