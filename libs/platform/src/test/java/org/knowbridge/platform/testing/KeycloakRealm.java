package org.knowbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Brings the running Keycloak's realm in line with the realm file (deploy/keycloak) in what the services check:
 * the realm roles, the clients (created whole when missing) with their audience mappers, and the realm roles of the
 * service accounts. Keycloak
 * imports the file only when the realm does not exist yet, so a stack started before a change to it would
 * otherwise issue tokens the services refuse. Idempotent, through the admin REST API.
 */
public final class KeycloakRealm {

    private static final String KEYCLOAK = System.getProperty("knowbridge.keycloak.url", "http://127.0.0.1:8180");
    private static final String ADMIN_USER = System.getProperty("knowbridge.keycloak.admin-user", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("knowbridge.keycloak.admin-password", "admin");
    private static final String REALM_API = KEYCLOAK + "/admin/realms/knowbridge";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean synced;

    private final String adminToken;

    private KeycloakRealm(String adminToken) {
        this.adminToken = adminToken;
    }

    public static synchronized void syncWithRealmFile() {
        if (synced) {
            return;
        }
        try {
            JsonNode realm = JSON.readTree(RealStack.repositoryRoot()
                    .resolve("deploy/keycloak/knowbridge-realm.json")
                    .toFile());
            KeycloakRealm keycloak = new KeycloakRealm(adminToken());
            Set<String> declaredRoles = new HashSet<>();
            for (JsonNode role : realm.path("roles").path("realm")) {
                declaredRoles.add(role.path("name").asText());
                keycloak.ensureRole(role);
            }
            for (JsonNode client : realm.path("clients")) {
                keycloak.ensureClient(client);
                keycloak.ensureAudienceMappers(client);
            }
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    keycloak.ensureServiceAccountRoles(user, declaredRoles);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot bring the Keycloak realm in line with the realm file", e);
        }
        synced = true;
    }

    private void ensureRole(JsonNode role) throws IOException {
        String name = role.path("name").asText();
        if (call("GET", "/roles/" + encode(name), null).statusCode() == 404) {
            expect(call("POST", "/roles", role), 201, 409);
        }
    }

    /** A client the file declares and the running realm lacks (e.g. the portal's) is created as declared. */
    private void ensureClient(JsonNode client) throws IOException {
        String path = "/clients?clientId=" + encode(client.path("clientId").asText());
        if (JSON.readTree(expect(call("GET", path, null), 200).body()).isEmpty()) {
            expect(call("POST", "/clients", client), 201, 409);
        }
    }

    private void ensureAudienceMappers(JsonNode client) throws IOException {
        String id = clientUuid(client.path("clientId").asText());
        JsonNode present = JSON.readTree(expect(call("GET", "/clients/" + id + "/protocol-mappers/models", null), 200)
                .body());
        Set<String> names = new HashSet<>();
        present.forEach(mapper -> names.add(mapper.path("name").asText()));
        for (JsonNode mapper : client.path("protocolMappers")) {
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
                    && !names.contains(mapper.path("name").asText())) {
                expect(call("POST", "/clients/" + id + "/protocol-mappers/models", mapper), 201, 409);
            }
        }
    }

    /** The declared realm roles the file gives the account, no other declared one (Keycloak's defaults stay). */
    private void ensureServiceAccountRoles(JsonNode user, Set<String> declaredRoles) throws IOException {
        String client = clientUuid(user.path("serviceAccountClientId").asText());
        String userId = JSON.readTree(expect(call("GET", "/clients/" + client + "/service-account-user", null), 200)
                        .body())
                .path("id")
                .asText();
        Set<String> wanted = new HashSet<>();
        user.path("realmRoles").forEach(role -> wanted.add(role.asText()));
        JsonNode current = JSON.readTree(expect(call("GET", "/users/" + userId + "/role-mappings/realm", null), 200)
                .body());
        ArrayNode extra = JSON.createArrayNode();
        Set<String> held = new HashSet<>();
        for (JsonNode role : current) {
            String name = role.path("name").asText();
            held.add(name);
            if (declaredRoles.contains(name) && !wanted.contains(name)) {
                extra.add(role);
            }
        }
        ArrayNode missing = JSON.createArrayNode();
        for (String name : wanted) {
            if (!held.contains(name)) {
                missing.add(JSON.readTree(
                        expect(call("GET", "/roles/" + encode(name), null), 200).body()));
            }
        }
        if (!missing.isEmpty()) {
            expect(call("POST", "/users/" + userId + "/role-mappings/realm", missing), 204);
        }
        if (!extra.isEmpty()) {
            expect(call("DELETE", "/users/" + userId + "/role-mappings/realm", extra), 204);
        }
    }

    private String clientUuid(String clientId) throws IOException {
        JsonNode found = JSON.readTree(expect(call("GET", "/clients?clientId=" + encode(clientId), null), 200)
                .body());
        if (found.isEmpty()) {
            throw new IllegalStateException("Keycloak has no client " + clientId + " in realm knowbridge");
        }
        return found.get(0).path("id").asText();
    }

    private HttpResponse<String> call(String method, String path, JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(REALM_API + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request.build());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(
                "Keycloak admin API " + response.request().method() + " " + response.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
    }

    private static String adminToken() throws IOException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(ADMIN_USER) + "&password="
                + encode(ADMIN_PASSWORD);
        HttpResponse<String> response = expect(
                send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build()),
                200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
