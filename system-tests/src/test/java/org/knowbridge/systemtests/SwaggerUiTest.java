package org.knowbridge.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * The README promises each service with an API documents itself at /q/swagger-ui (the portal has none). Quarkus serves it in dev and test mode
 * anyway, so only the built services, as `./knowbridge up` runs them, show that the promise holds.
 */
@ExtendWith(RunningPlatform.class)
class SwaggerUiTest {

    @ParameterizedTest
    @MethodSource("org.knowbridge.systemtests.RunningPlatform$Service#apis")
    void everyRunningServiceServesSwaggerUiOverItsOwnDocument(Service service) {
        given().baseUri(service.url())
                .when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
        given().baseUri(service.url()).when().get("/q/openapi").then().statusCode(200);
    }
}
