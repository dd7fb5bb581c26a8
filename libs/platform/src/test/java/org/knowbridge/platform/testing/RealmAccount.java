package org.knowbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A sign-in a test needs beyond the demo accounts: a Keycloak user with one realm role and the claim that role
 * acts for ({@code firm_id} for an sme, {@code org_id} for an agency or a partner), created through
 * Keycloak's admin API as the platform's operator would, and removed again on close.
 */
public final class RealmAccount implements AutoCloseable {

    private static final String KEYCLOAK = System.getProperty("knowbridge.keycloak.url", "http://127.0.0.1:8180");
    private static final String ADMIN_USER = System.getProperty("knowbridge.keycloak.admin", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("knowbridge.keycloak.admin-password", "admin");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String username;
    private final String password = UUID.randomUUID().toString();
    private final String userId;

    private RealmAccount(String role, String attribute, String value) {
        username = role + "-" + UUID.randomUUID();
        ObjectNode user = JSON.createObjectNode()
                .put("username", username)
                .put("enabled", true)
                .put("email", username + "@example.org")
                .put("emailVerified", true)
                .put("firstName", "Staff")
                .put("lastName", "Of " + value);
        user.putObject("attributes").putArray(attribute).add(value);
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        HttpResponse<String> created = admin("POST", "/users", user.toString());
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        userId = location.substring(location.lastIndexOf('/') + 1);
        JsonNode realmRole = read(admin("GET", "/roles/" + role, null));
        expect(
                admin(
                        "POST",
                        "/users/" + userId + "/role-mappings/realm",
                        JSON.createArrayNode().add(realmRole).toString()),
                204);
    }

    /** The sign-in of an onboarded firm's own staff: role sme, the firm's id as {@code firm_id}. */
    public static RealmAccount forFirm(String firmId) {
        return new RealmAccount("sme", "firm_id", firmId);
    }

    /** An account of an agency or a partner organisation ({@code role}), acting for {@code orgId}. */
    public static RealmAccount forOrganisation(String role, String orgId) {
        return new RealmAccount(role, "org_id", orgId);
    }

    public String token() {
        return DemoUsers.token(username, password);
    }

    @Override
    public void close() {
        admin("DELETE", "/users/" + userId, null);
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/knowbridge" + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        expect(response, 200);
        return read(response).path("access_token").asText();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak admin API answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API answered no JSON: " + response.body(), e);
        }
    }
}
