package org.knowbridge.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The checked-in OpenAPI document under {@code api-specs/} is the contract: this test fails when the
 * served document differs from it, so every API change shows up in review. On a difference the served
 * document is written to {@code target/openapi/} to compare and, when the change is intended, copy over.
 */
public abstract class OpenApiContract {

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
        Files.writeString(servedCopy, served);

        Yaml yaml = new Yaml();
        Object expected = Files.exists(contract) ? yaml.load(Files.readString(contract)) : null;
        assertEquals(
                expected,
                yaml.load(served),
                () -> "The served OpenAPI document differs from " + contract + ". The served one is in "
                        + servedCopy.toAbsolutePath() + ": diff them, and copy it over if the change is intended.");
    }
}
