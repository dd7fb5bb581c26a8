package org.knowbridge.systemtests.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Requests for the operations of a contract, valid and broken, as every role. Reads come valid or broken;
 * writes only ever in a form that must be refused (a role x-access refuses, a broken body, an unknown id),
 * so that the fuzzer never changes the platform's data. Everything is drawn from the {@link Random} given:
 * the same seed gives the same requests on the same data.
 */
final class RequestGenerator {

    private static final String JSON = "application/json";

    private final KnownIds knownIds;

    RequestGenerator(KnownIds knownIds) {
        this.knownIds = knownIds;
    }

    FuzzRequest next(ContractOperation operation, Random random) {
        Role role = Role.values()[random.nextInt(Role.values().length)];
        return operation.writes() ? write(operation, role, random) : read(operation, role, random);
    }

    private FuzzRequest read(ContractOperation operation, Role role, Random random) {
        List<String> flaws = new ArrayList<>(List.of("none", "none", "none", "accept"));
        if (!operation.parameters("query").isEmpty()) {
            flaws.addAll(List.of("query", "query", "repeated query"));
        }
        if (!operation.parameters("path").isEmpty()) {
            flaws.addAll(List.of("path", "path"));
        }
        String flaw = flaws.get(random.nextInt(flaws.size()));
        Map<String, String> headers = new LinkedHashMap<>(headers(operation, random));
        headers.put("Accept", flaw.equals("accept") ? "application/xml" : JSON + ", application/problem+json");
        String target = path(operation, flaw.equals("path") ? PathIds.HOSTILE : PathIds.KNOWN, random)
                + query(operation, flaw, random);
        return new FuzzRequest(
                operation.service(),
                operation.name(),
                role,
                operation.method(),
                target,
                headers,
                null,
                false,
                flaw.equals("none") ? "valid" : flaw);
    }

    private FuzzRequest write(ContractOperation operation, Role role, Random random) {
        boolean hasPath = !operation.parameters("path").isEmpty();
        if (!operation.allows(role) || (operation.bodies().isEmpty() && !hasPath)) {
            return refusedRole(operation, refused(operation, role, random), random);
        }
        Map<String, String> headers = new LinkedHashMap<>(headers(operation, random));
        headers.put("Accept", JSON + ", application/problem+json");
        if (operation.bodies().isEmpty()) {
            // Nothing to break but the object named: an id no object has (never a real one, for erasures).
            return new FuzzRequest(
                    operation.service(),
                    operation.name(),
                    role,
                    operation.method(),
                    path(operation, random.nextBoolean() ? PathIds.UNKNOWN : PathIds.HOSTILE, random)
                            + query(operation, "none", random),
                    headers,
                    null,
                    true,
                    "an unknown or hostile id");
        }
        Map.Entry<String, Schema<?>> content =
                pick(new ArrayList<>(operation.bodies().entrySet()), random);
        // A delete never names a real object, even with a broken body.
        String path = path(operation, operation.method().equals("DELETE") ? PathIds.UNKNOWN : PathIds.KNOWN, random);
        JsonBodies.Body body = brokenBody(operation, content, headers, random);
        return new FuzzRequest(
                operation.service(),
                operation.name(),
                role,
                operation.method(),
                path + query(operation, "none", random),
                headers,
                body.bytes(),
                true,
                body.what());
    }

    /** A valid request as a role the operation refuses (or with no token): it must be refused. */
    private FuzzRequest refusedRole(ContractOperation operation, Role role, Random random) {
        Map<String, String> headers = new LinkedHashMap<>(headers(operation, random));
        headers.put("Accept", JSON + ", application/problem+json");
        byte[] body = null;
        if (!operation.bodies().isEmpty()) {
            Map.Entry<String, Schema<?>> content =
                    pick(new ArrayList<>(operation.bodies().entrySet()), random);
            headers.put(
                    "Content-Type",
                    content.getKey().startsWith("multipart/") ? Multipart.CONTENT_TYPE : content.getKey());
            body = validBody(content, random);
        }
        PathIds ids = operation.method().equals("DELETE") ? PathIds.UNKNOWN : PathIds.KNOWN;
        return new FuzzRequest(
                operation.service(),
                operation.name(),
                role,
                operation.method(),
                path(operation, ids, random) + query(operation, "none", random),
                headers,
                body,
                true,
                role == Role.ANONYMOUS ? "no token" : "a role x-access refuses");
    }

    private static Role refused(ContractOperation operation, Role role, Random random) {
        if (!operation.allows(role)) {
            return role;
        }
        List<Role> refused =
                Arrays.stream(Role.values()).filter(r -> !operation.allows(r)).toList();
        return refused.get(random.nextInt(refused.size()));
    }

    private static byte[] validBody(Map.Entry<String, Schema<?>> content, Random random) {
        if (content.getKey().startsWith("multipart/")) {
            return Multipart.valid().getBytes(StandardCharsets.UTF_8);
        }
        if (!content.getKey().contains("json") || content.getKey().contains("jsonl")) {
            return "externalId,legalName,country\nfuzz-1,Fuzz Oy,FI\n".getBytes(StandardCharsets.UTF_8);
        }
        return JsonBodies.bytes(SchemaValues.valid(content.getValue(), random));
    }

    private static JsonBodies.Body brokenBody(
            ContractOperation operation,
            Map.Entry<String, Schema<?>> content,
            Map<String, String> headers,
            Random random) {
        String type = content.getKey();
        if (type.startsWith("multipart/")) {
            headers.put("Content-Type", Multipart.CONTENT_TYPE);
            return random.nextBoolean()
                    ? new JsonBodies.Body("truncated multipart", Multipart.truncated(random))
                    : new JsonBodies.Body("a multipart form without its boundary", bytes("{}"));
        }
        if (!type.equals(JSON)) {
            // A file upload: only a body of the wrong type is sure to be refused (any file is an import).
            headers.put("Content-Type", JSON);
            return new JsonBodies.Body("JSON for " + type, bytes("{}"));
        }
        int kind = random.nextInt(10);
        if (kind == 0) {
            headers.put("Content-Type", random.nextBoolean() ? "text/plain" : "application/xml");
            return new JsonBodies.Body(
                    "a valid body as " + headers.get("Content-Type"),
                    JsonBodies.bytes(SchemaValues.valid(content.getValue(), random)));
        }
        headers.put("Content-Type", JSON);
        return kind < 4
                ? JsonBodies.brokenWhole(
                        SchemaValues.valid(content.getValue(), random), operation.bodyRequired(), random)
                : JsonBodies.brokenField(content.getValue(), random);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private enum PathIds {
        /** Real ids where some are known, else made-up ones. */
        KNOWN,
        /** Ids of nothing. */
        UNKNOWN,
        /** One path parameter hostile. */
        HOSTILE
    }

    private String path(ContractOperation operation, PathIds ids, Random random) {
        List<Parameter> parameters = operation.parameters("path");
        String hostile = parameters.isEmpty() || ids != PathIds.HOSTILE
                ? null
                : pick(parameters, random).getName();
        String path = operation.path();
        for (Parameter parameter : parameters) {
            String value;
            if (parameter.getName().equals(hostile)) {
                value = UrlValues.hostile(random);
            } else {
                List<String> known = knownIds.of(operation.service(), parameter.getName());
                value = ids == PathIds.KNOWN && !known.isEmpty() && random.nextInt(4) != 0
                        ? UrlValues.encode(pick(known, random))
                        : unknownId(parameter.getSchema(), random);
            }
            path = path.replace("{" + parameter.getName() + "}", value);
        }
        return path;
    }

    private static String unknownId(Schema<?> schema, Random random) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        return SchemaValues.fits(schema, id) ? id : UrlValues.valid(schema, random);
    }

    private static String query(ContractOperation operation, String flaw, Random random) {
        List<Parameter> parameters = operation.parameters("query");
        if (parameters.isEmpty()) {
            return "";
        }
        String broken = flaw.equals("query") ? pick(parameters, random).getName() : null;
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String name = parameter.getName();
            if (name.equals(broken)) {
                pairs.add(name + "=" + UrlValues.invalid(parameter.getSchema(), random));
            } else if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextInt(3) == 0) {
                String value = UrlValues.valid(parameter.getSchema(), random);
                pairs.add(name + "=" + value);
                if (flaw.equals("repeated query")) {
                    pairs.add(name + "=" + UrlValues.valid(parameter.getSchema(), random));
                }
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** Header parameters of the contract (If-Match, ...), with a well-formed value. */
    private static Map<String, String> headers(ContractOperation operation, Random random) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("header")) {
            if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextBoolean()) {
                headers.put(
                        parameter.getName(),
                        "If-Match".equalsIgnoreCase(parameter.getName())
                                ? "\"fuzz-" + random.nextInt(1000) + "\""
                                : SchemaValues.validString(parameter.getSchema(), random));
            }
        }
        return headers;
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
