package org.knowbridge.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The checked-in OpenAPI document under {@code api-specs/} is the contract: this test fails when the
 * served document differs from it, so every API change shows up in review. On a difference the served
 * document is written to {@code target/openapi/} to compare and, when the change is intended, copy over.
 *
 * <p>The access rules ({@code x-access} on each operation) live in the committed document only: the comparison
 * leaves them out, and the written copy carries them over from the committed one, after each operation's
 * {@code operationId}, so copying it over keeps them.
 */
public abstract class OpenApiContract {

    private static final String ACCESS_RULES = "x-access";
    private static final Pattern OPERATION_ID = Pattern.compile("(\\s*)operationId: (\\S+)\\s*");

    /** The service's name, which is also the contract's file name: {@code api-specs/<name>.yaml}. */
    protected abstract String serviceName();

    @Test
    void servedDocumentIsTheCheckedInContract() throws IOException {
        String served = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path contract = RealStack.repositoryRoot().resolve("api-specs").resolve(serviceName() + ".yaml");
        Path servedCopy = Path.of("target", "openapi", serviceName() + ".yaml");
        Files.createDirectories(servedCopy.getParent());
        String committed = Files.exists(contract) ? Files.readString(contract) : null;
        Files.writeString(servedCopy, committed == null ? served : withAccessRules(served, committed));

        Yaml yaml = new Yaml();
        Object expected = committed == null ? null : withoutAccessRules(yaml.load(committed));
        assertEquals(
                expected,
                yaml.load(served),
                () -> "The served OpenAPI document differs from " + contract + ". The served one is in "
                        + servedCopy.toAbsolutePath() + ": diff them, and copy it over if the change is intended.");
    }

    /** The document without the x-access of its operations, which only the committed contract holds. */
    @SuppressWarnings("unchecked")
    private static Object withoutAccessRules(Object document) {
        if (document instanceof Map<?, ?> map && map.get("paths") instanceof Map<?, ?> paths) {
            for (Object item : paths.values()) {
                if (item instanceof Map<?, ?> operations) {
                    for (Object operation : operations.values()) {
                        if (operation instanceof Map<?, ?> fields) {
                            ((Map<String, Object>) fields).remove(ACCESS_RULES);
                        }
                    }
                }
            }
        }
        return document;
    }

    /** The served text with each operation's x-access block of the committed text after its operationId line. */
    static String withAccessRules(String served, String committed) {
        Map<String, List<String>> blocks = new HashMap<>();
        List<String> lines = committed.lines().toList();
        String operationId = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher id = OPERATION_ID.matcher(lines.get(i));
            if (id.matches()) {
                operationId = id.group(2);
            } else if (operationId != null && lines.get(i).trim().equals(ACCESS_RULES + ":")) {
                int indent = indentOf(lines.get(i));
                List<String> block = new ArrayList<>(List.of(lines.get(i)));
                while (i + 1 < lines.size() && indentOf(lines.get(i + 1)) > indent) {
                    block.add(lines.get(++i));
                }
                blocks.put(operationId, block);
            }
        }
        StringBuilder merged = new StringBuilder();
        for (String line : served.lines().toList()) {
            merged.append(line).append('\n');
            Matcher id = OPERATION_ID.matcher(line);
            if (id.matches() && blocks.containsKey(id.group(2))) {
                blocks.get(id.group(2)).forEach(block -> merged.append(block).append('\n'));
            }
        }
        return merged.toString();
    }

    private static int indentOf(String line) {
        return line.isBlank()
                ? Integer.MAX_VALUE
                : line.length() - line.stripLeading().length();
    }
}
