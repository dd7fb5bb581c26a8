package org.knowbridge.firmprofiles.rest;

import static io.restassured.RestAssured.given;
import static org.knowbridge.platform.testing.access.AccessCall.call;
import static org.knowbridge.platform.testing.access.AccessCall.path;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.platform.testing.access.AccessCall;
import org.knowbridge.platform.testing.access.AccessFixture;
import org.knowbridge.platform.testing.access.AccessRulesContract;
import org.knowbridge.platform.testing.access.Target;

/**
 * The x-access declarations of api-specs/firm-profiles.yaml against the running service. Own firms are the sme
 * account's firm (an account of its own, since calls erase it) and firms the demo agency onboarded; others' are
 * onboarded by the second demo agency: published and listed, or left a DRAFT. Every call that may change a firm
 * gets a new one.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmAccessRulesTest extends AccessRulesContract {

    private static final String PROFILE = "{\"legalName\": \"%s\", \"country\": \"NL\", \"employees\": 12}";

    private static String smeFirmId;
    private static RealmAccount sme;

    @BeforeAll
    static void signInAnSme() {
        smeFirmId = UUID.randomUUID().toString();
        sme = RealmAccount.forFirm(smeFirmId);
    }

    @AfterAll
    static void removeTheSme() {
        sme.close();
    }

    @Override
    protected String serviceName() {
        return "firm-profiles";
    }

    @Override
    protected String token(String role) {
        return role.equals("sme") ? sme.token() : super.token(role);
    }

    @Override
    protected Map<String, AccessFixture> fixtures() {
        return Map.ofEntries(
                Map.entry("listFirms", AccessFixture.objectless(AccessCall::call)),
                Map.entry(
                        "createFirm",
                        AccessFixture.objectless(
                                () -> call().json(PROFILE.formatted(TestFirms.uniqueName("Access Co"))))),
                Map.entry("importFirms", AccessFixture.objectless(() -> call().body("text/csv", importFile()))),
                Map.entry("getFirmImport", this::importJob),
                // An agency lists its own jobs only; which ones is FirmImportTest's to show.
                Map.entry("listFirmImports", AccessFixture.objectless(AccessCall::call)),
                Map.entry("getFirm", firm(id -> path("id", id))),
                Map.entry(
                        "replaceFirm",
                        firm(id -> path("id", id)
                                .header("If-Match", etag(id))
                                .json(PROFILE.formatted(TestFirms.uniqueName("Replaced Co"))))),
                Map.entry("eraseFirm", firm(id -> path("id", id))),
                Map.entry("changeFirmConsent", firm(id -> path("id", id))),
                Map.entry(
                        "shareIntroductionContact",
                        firm(id -> path("id", id)
                                .json("{\"name\": \"Aino Access\", \"role\": \"CTO\", "
                                        + "\"email\": \"aino@access.example\", \"consentToShare\": true}"))),
                Map.entry("withdrawIntroductionContact", firm(id -> path("id", id))),
                Map.entry("exportFirm", firm(id -> path("id", id))),
                Map.entry("submitFirm", firm(id -> path("id", id))),
                Map.entry("publishFirm", firm(id -> path("id", id))),
                Map.entry("suspendFirm", firm(id -> path("id", id))));
    }

    /** A new firm of the class for the role (or the sme's own, registered again if a call erased it). */
    private static AccessFixture firm(Function<String, AccessCall> request) {
        return (role, target) -> firmFor(role, target).map(request);
    }

    private static Optional<String> firmFor(String role, Target target) {
        return switch (target) {
            case OWN ->
                switch (role) {
                    case "sme" -> Optional.of(smeFirm());
                    case "agency" -> Optional.of(onboard(DemoUsers.AGENCY));
                    default -> Optional.empty();
                };
            case OTHERS -> Optional.of(publishedByOtherAgency());
            case UNPUBLISHED -> Optional.of(onboard(DemoUsers.OTHER_AGENCY));
            case NONE -> throw new IllegalArgumentException("a firm operation has an object");
        };
    }

    private static String smeFirm() {
        int status = given().auth()
                .oauth2(sme.token())
                .contentType(ContentType.JSON)
                .body(PROFILE.formatted(TestFirms.uniqueName("Own Sme")))
                .post("/api/v1/firms")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("the sme could not register its firm: " + status);
        }
        return smeFirmId;
    }

    private static String onboard(String agency) {
        return TestFirms.as(agency)
                .body(PROFILE.formatted(TestFirms.uniqueName("Access Rules Co")))
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String publishedByOtherAgency() {
        String id = onboard(DemoUsers.OTHER_AGENCY);
        TestFirms.as(DemoUsers.OTHER_AGENCY)
                .body("{\"listedToPartners\": true, \"contactAllowed\": true}")
                .put("/api/v1/firms/" + id + "/consent")
                .then()
                .statusCode(200);
        for (String step : new String[] {"submit", "publish"}) {
            TestFirms.as(DemoUsers.OTHER_AGENCY)
                    .post("/api/v1/firms/" + id + "/" + step)
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    private static String etag(String id) {
        return TestFirms.read(DemoUsers.ADMIN, id).header("ETag");
    }

    private Optional<AccessCall> importJob(String role, Target target) {
        String agency = switch (target) {
            case OWN -> role.equals("agency") ? DemoUsers.AGENCY : null;
            case OTHERS -> DemoUsers.OTHER_AGENCY;
            default -> null;
        };
        if (agency == null) {
            return Optional.empty();
        }
        String job = TestFirms.as(agency)
                .contentType("text/csv")
                .body(importFile())
                .post("/api/v1/firms/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        return Optional.of(path("jobId", job));
    }

    private static String importFile() {
        String key = UUID.randomUUID().toString();
        return "externalId,legalName,country\naccess-rules:" + key + ",Imported Co " + key.substring(0, 8) + ",NL\n";
    }
}
