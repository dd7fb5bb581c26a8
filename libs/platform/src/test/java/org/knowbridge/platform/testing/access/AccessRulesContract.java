package org.knowbridge.platform.testing.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStack;
import org.yaml.snakeyaml.Yaml;

/**
 * The access rules of a service, as its committed contract declares them ({@code x-access} on every operation of
 * {@code api-specs/<service>.yaml}), checked against what the running service answers: every operation, as every
 * role, on its own object, another's, and another's unpublished one, and once without a token (401) and once
 * signed in without a role (403). An allowed call must answer a status the operation declares other than 401,
 * 403 and 404; a refused one exactly the declared status. The test fails when an operation has no declaration
 * or the service's test no fixture for it.
 */
public abstract class AccessRulesContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<Integer> ACCESS_STATUSES = Set.of(401, 403, 404);

    /** The service's name, which is also the contract's file name: {@code api-specs/<name>.yaml}. */
    protected abstract String serviceName();

    /** A fixture per operationId: how each role's request on each class of object is made. */
    protected abstract Map<String, AccessFixture> fixtures();

    /** The account a role's calls are made with; the demo users unless a test needs its own. */
    protected String token(String role) {
        return DemoUsers.token(
                switch (role) {
                    case "sme" -> DemoUsers.SME;
                    case "agency" -> DemoUsers.AGENCY;
                    case "partner" -> DemoUsers.PARTNER;
                    case "admin" -> DemoUsers.ADMIN;
                    default -> throw new IllegalArgumentException(role);
                });
    }

    @Test
    void everyOperationAnswersEveryRoleAsDeclared() throws IOException {
        Path contract = RealStack.repositoryRoot().resolve("api-specs").resolve(serviceName() + ".yaml");
        Map<String, Object> document = new Yaml().load(Files.readString(contract));
        List<Operation> operations = operations(document);
        List<String> failures = new ArrayList<>();
        Map<String, AccessFixture> fixtures = fixtures();
        Set<String> unused = new HashSet<>(fixtures.keySet());
        int checked = 0;
        for (Operation operation : operations) {
            unused.remove(operation.id());
            AccessRule rule = AccessRule.parse(operation.id(), operation.declaration(), failures);
            AccessFixture fixture = fixtures.get(operation.id());
            if (fixture == null) {
                failures.add(operation.id() + ": the test has no fixture for it");
            }
            if (rule == null || fixture == null || rule.reach().size() != AccessRule.ROLES.size()) {
                continue;
            }
            // Service accounts' roles (graph-export) are in the security requirement but outside x-access.
            List<String> userRoles = operation.securityRoles().stream()
                    .filter(AccessRule.ROLES::contains)
                    .toList();
            if (!new HashSet<>(rule.allowedRoles()).equals(new HashSet<>(userRoles))) {
                failures.add(operation.id() + ": x-access lets " + rule.allowedRoles()
                        + " through, but its security requirement names " + userRoles);
            }
            for (String role : AccessRule.ROLES) {
                for (Target target : rule.targets()) {
                    Optional<AccessCall> call = fixture(fixture, operation, role, target, failures);
                    if (call == null || call.isEmpty()) {
                        continue;
                    }
                    Integer refusal = rule.expectedRefusal(role, target);
                    Response response = send(document, operation, call.get(), token(role), failures);
                    if (response != null) {
                        checked++;
                        check(operation, role + " on " + target, refusal, response, failures);
                    }
                }
            }
            Target any = rule.object() == null ? Target.NONE : Target.OTHERS;
            Optional<AccessCall> call = fixture(fixture, operation, "admin", any, failures);
            if (call != null && call.isPresent()) {
                Response anonymous = send(document, operation, call.get(), null, failures);
                Response roleless = send(document, operation, call.get(), DemoUsers.token(DemoUsers.VISITOR), failures);
                if (anonymous != null && roleless != null) {
                    checked += 2;
                    check(operation, "no token", 401, anonymous, failures);
                    check(operation, "a signed-in account without a role", 403, roleless, failures);
                }
            }
        }
        unused.forEach(id -> failures.add(id + ": a fixture for an operation the contract does not have"));
        System.out.printf(
                "%s: %d calls checked against the x-access of %d operations%n",
                serviceName(), checked, operations.size());
        assertEquals(
                List.of(),
                failures,
                () -> failures.size() + " of the access rules of " + contract + " do not hold:\n  "
                        + String.join("\n  ", failures));
        assertTrue(checked > operations.size(), "the operations were called, each by several roles");
    }

    private static Optional<AccessCall> fixture(
            AccessFixture fixture, Operation operation, String role, Target target, List<String> failures) {
        try {
            Optional<AccessCall> call = fixture.call(role, target);
            if (call.isEmpty() && (target == Target.NONE || target == Target.OTHERS)) {
                failures.add(operation.id() + ": the fixture has no request of " + role + " on " + target);
            }
            return call;
        } catch (RuntimeException | AssertionError e) {
            failures.add(operation.id() + ": the fixture of " + role + " on " + target + " failed: " + e);
            return null;
        }
    }

    private static void check(
            Operation operation, String who, Integer refusal, Response response, List<String> failures) {
        int status = response.statusCode();
        String call = operation.id() + " (" + operation.method().toUpperCase() + " " + operation.path() + ") as " + who
                + ": ";
        if (refusal != null && status != refusal) {
            failures.add(call + "expected " + refusal + ", got " + status + " " + abbreviate(response));
        } else if (refusal == null
                && (ACCESS_STATUSES.contains(status) || !operation.statuses().contains(String.valueOf(status)))) {
            failures.add(call + "expected it allowed (a declared status other than 401/403/404), got " + status + " "
                    + abbreviate(response));
        }
    }

    private static String abbreviate(Response response) {
        String body = response.asString();
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static Response send(
            Map<String, Object> document, Operation operation, AccessCall call, String token, List<String> failures) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        request = request.pathParams(call.pathParams)
                .queryParams(call.queryParams)
                .headers(call.headers);
        if (!call.multipart.isEmpty()) {
            for (Map.Entry<String, String> part : call.multipart.entrySet()) {
                request = request.multiPart(
                        part.getKey(),
                        part.getKey() + ".csv",
                        part.getValue().getBytes(StandardCharsets.UTF_8),
                        "text/csv");
            }
        } else if (call.body != null) {
            request = request.contentType(call.contentType).body(call.body);
        } else if (operation.requestBody() != null) {
            Object schema = jsonSchema(operation.requestBody());
            if (schema == null) {
                failures.add(operation.id() + ": takes no JSON body, so its fixture must give the body");
                return null;
            }
            request = request.contentType("application/json")
                    .body(MinimalBody.of(schema, document).toString());
        } else {
            // Else REST Assured sends a bodiless POST as a form, which the services refuse with 415.
            request = request.contentType("application/json");
        }
        try {
            return request.request(operation.method().toUpperCase(), operation.path());
        } catch (RuntimeException e) {
            failures.add(operation.id() + ": the request failed: " + e);
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Object jsonSchema(Map<String, Object> requestBody) {
        Map<String, Object> content = (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return json == null ? null : json.get("schema");
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations(Map<String, Object> document) {
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            List<String> roles = new ArrayList<>();
            for (Map<String, Object> requirement :
                    (List<Map<String, Object>>) operation.getOrDefault("security", List.of())) {
                requirement.values().forEach(v -> roles.addAll((List<String>) v));
            }
            operations.add(new Operation(
                    String.valueOf(operation.get("operationId")),
                    method,
                    path,
                    operation.get("x-access"),
                    roles,
                    ((Map<String, Object>) operation.getOrDefault("responses", Map.of())).keySet(),
                    (Map<String, Object>) operation.get("requestBody")));
        }));
        return operations;
    }

    private record Operation(
            String id,
            String method,
            String path,
            Object declaration,
            List<String> securityRoles,
            Set<String> statuses,
            Map<String, Object> requestBody) {

        Operation {
            statuses = Set.copyOf(statuses);
            securityRoles = List.copyOf(new LinkedHashSet<>(securityRoles));
        }
    }
}
