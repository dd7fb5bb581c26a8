package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.knowbridge.platform.testing.access.AccessCall.call;
import static org.knowbridge.platform.testing.access.AccessCall.path;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.platform.testing.access.AccessCall;
import org.knowbridge.platform.testing.access.AccessFixture;
import org.knowbridge.platform.testing.access.AccessRulesContract;
import org.knowbridge.platform.testing.access.Target;

/**
 * The x-access declarations of api-specs/partner-graph.yaml against the running service; all of partner-graph's
 * access fixtures are here. An organisation of one's own is the sme account's firm (an account of its own), a firm
 * the demo agency onboarded, or the demo partner's organisation; another's is a firm of the second demo agency,
 * published or a DRAFT (firms arrive as firm-profiles' events). A collaboration is one's own when one's
 * organisation is a party, the other party being a new university; a claim (PENDING) is one's own when it awaits
 * one's side (confirm, reject) or one's side made it (withdraw). A PUT is tried on organisations that are no
 * platform firm (one the agency created, the partner's own, another agency's), since a platform firm's node is
 * 409 to everyone. Every call gets new objects, since many change them.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class GraphAccessRulesTest extends AccessRulesContract {

    private static final String SME_FIRM = UUID.randomUUID().toString();
    private static RealmAccount sme;
    private static boolean smeFirmMirrored;

    @BeforeAll
    static void signInAnSme() {
        sme = RealmAccount.forFirm(SME_FIRM);
    }

    /** Firms made for the link claims: erased at the end (with the nodes a verified claim made them). */
    private static final List<String> CLAIMING_FIRMS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterAll
    static void removeTheSme() {
        sme.close();
        CLAIMING_FIRMS.forEach(firmId -> MirroredFirms.publish(firmId, List.of(MirroredFirms.erased(firmId))));
    }

    @Override
    protected String serviceName() {
        return "partner-graph";
    }

    @Override
    protected String token(String role) {
        return role.equals("sme") ? sme.token() : super.token(role);
    }

    @Override
    protected Map<String, AccessFixture> fixtures() {
        return Map.ofEntries(
                Map.entry(
                        "recordCollaboration",
                        organisation(key -> call().json(TestData.collaborationBody(
                                key, "CUSTOMER", university(), "UNIVERSITY", "CO_DEVELOPMENT", 2023, null)))),
                Map.entry("getCollaboration", organisation(key -> path("key", collaborationOf(key)))),
                Map.entry(
                        "endCollaboration",
                        organisation(key -> path("key", collaborationOf(key)).json("{\"endYear\": 2024}"))),
                Map.entry(
                        "listCollaborationsAwaitingMe", AccessFixture.objectless(() -> call().query("awaiting", "me"))),
                Map.entry("confirmCollaboration", claim(GraphAccessRulesTest::claimAwaiting)),
                Map.entry("rejectCollaboration", claim(GraphAccessRulesTest::claimAwaiting)),
                Map.entry("withdrawCollaboration", claim(GraphAccessRulesTest::claimMadeBy)),
                Map.entry("exportGraph", AccessFixture.objectless(AccessCall::call)),
                Map.entry("listImports", AccessFixture.objectless(AccessCall::call)),
                Map.entry(
                        "importDataset",
                        AccessFixture.objectless(() ->
                                call().query("source", TestData.newSource()).csvPart("organisations", ORGANISATIONS))),
                Map.entry("getImport", GraphAccessRulesTest::importJob),
                Map.entry("getForeignCollaborationIndicator", AccessFixture.objectless(AccessCall::call)),
                Map.entry("getConnection", organisation(key -> path("a", key).pathParam("b", university()))),
                Map.entry(
                        "putOrganisation",
                        (role, target) -> maintainedOrganisationFor(role, target)
                                .map(key -> path("key", key)
                                        .header("If-Match", TestData.etag(key))
                                        .json(currentBody(key)))),
                Map.entry("getOrganisation", organisation(key -> path("key", key))),
                Map.entry("listPartners", organisation(key -> path("key", key))),
                Map.entry("listLinkClaims", AccessFixture.objectless(() -> call().query("status", "PENDING"))),
                Map.entry("verifyLinkClaim", linkClaim(false)),
                // An agency that onboarded nothing: the call is checked, no claim is verified.
                Map.entry(
                        "verifyPendingLinkClaims",
                        AccessFixture.objectless(() -> call().query("claimedBy", "org-agency-access-rules")
                                .query("source", "cordis"))),
                Map.entry("rejectLinkClaim", linkClaim(true)),
                Map.entry(
                        "searchOrganisations",
                        AccessFixture.objectless(
                                () -> call().query("q", "robotics").query("limit", "5"))),
                Map.entry("listKnowledgeAreas", AccessFixture.objectless(() -> call().query("q", "robot"))),
                Map.entry("getKnowledgeArea", AccessFixture.objectless(() -> path("id", anArea()))));
    }

    /**
     * A new firm's pending claim to be an organisation: for a partner's own, naming its organisation; else naming a
     * new register organisation, made by a published firm (another's) or a DRAFT (another's unpublished). A partner
     * verifying its own is left to LinkClaimsTest, with an organisation of its own: merging a firm into the demo
     * partner's organisation would change it for every later test.
     */
    private static AccessFixture linkClaim(boolean rejecting) {
        return (role, target) -> {
            String organisation;
            boolean published = target != Target.UNPUBLISHED;
            if (target == Target.OWN) {
                if (!role.equals("partner") || !rejecting) {
                    return Optional.empty();
                }
                organisation = partnerOrganisation();
            } else {
                organisation =
                        TestData.organisation(TestData.newKey(), "Claimed Register Oy", "FI", "COMPANY", true, null);
            }
            String firmId = UUID.randomUUID().toString();
            String event = MirroredFirms.firmEvent(
                    EventType.FirmRegistered.name(),
                    firmId,
                    "Claiming Oy",
                    "FI",
                    DemoUsers.OTHER_AGENCY_ORG_ID,
                    organisation);
            if (!published) {
                event = event.replace("\"status\": \"PUBLISHED\"", "\"status\": \"DRAFT\"")
                        .replace("\"listed\": true", "\"listed\": false");
            }
            CLAIMING_FIRMS.add(firmId);
            MirroredFirms.publish(firmId, List.of(event));
            MirroredFirms.awaitOrganisation(firmId, status -> status == 200);
            return Optional.of(path("firmId", firmId));
        };
    }

    private static String area;

    /** The id of an area of a project of this run's own, imported once. */
    private static synchronized String anArea() {
        if (area == null) {
            String path = "/engineering and technology/access rules " + TestData.newSource();
            TestData.awaitImport(TestData.startImport(
                    TestData.newSource(),
                    "organisations",
                    ORGANISATIONS,
                    "projects",
                    "id,acronym,year,programme,topic,knowledge_areas\n1,ACCESS,2023,HORIZON,T1," + path + "\n",
                    "participations",
                    "project_id,organisation_id,year,role\n1,1,2023,COORDINATOR\n"));
            area = org.knowbridge.contracts.vocabulary.KnowledgeAreas.id(path);
        }
        return area;
    }

    private static final String ORGANISATIONS = """
            id,name,country,type,sme,city,nuts
            1,Access Rules Oy,FI,FIRM,true,Espoo,FI1B1
            """;

    /** A request on an organisation of the class for the role: new ones, but for the sme's and partner's own. */
    private static AccessFixture organisation(Function<String, AccessCall> request) {
        return (role, target) -> organisationFor(role, target).map(request);
    }

    private static Optional<String> organisationFor(String role, Target target) {
        return switch (target) {
            case OWN ->
                switch (role) {
                    case "sme" -> Optional.of(smeFirm());
                    case "agency" -> Optional.of(firm(DemoUsers.AGENCY_ORG_ID, true));
                    case "partner" -> Optional.of(partnerOrganisation());
                    default -> Optional.empty();
                };
            case OTHERS -> Optional.of(firm(DemoUsers.OTHER_AGENCY_ORG_ID, true));
            case UNPUBLISHED -> Optional.of(firm(DemoUsers.OTHER_AGENCY_ORG_ID, false));
            case NONE -> throw new IllegalArgumentException("an organisation operation has an object");
        };
    }

    /**
     * An organisation that is no platform firm (a platform firm's node is 409 to every PUT): one the agency
     * created, the partner's own, or another agency's. Such organisations have no publication state.
     */
    private static Optional<String> maintainedOrganisationFor(String role, Target target) {
        return switch (target) {
            case OWN ->
                switch (role) {
                    case "agency" -> Optional.of(createdBy(DemoUsers.AGENCY));
                    case "partner" -> Optional.of(partnerOrganisation());
                    default -> Optional.empty();
                };
            case OTHERS -> Optional.of(createdBy(DemoUsers.OTHER_AGENCY));
            case UNPUBLISHED -> Optional.empty();
            case NONE -> throw new IllegalArgumentException("a PUT has an object");
        };
    }

    /** A new consultancy created through the API by the agency, which maintains it from then on. */
    private static String createdBy(String agency) {
        String key = TestData.newKey();
        given().auth()
                .oauth2(DemoUsers.token(agency))
                .contentType("application/json")
                .body("{\"name\": \"Access Rules Consulting\", \"country\": \"FI\", \"type\": \"CONSULTANCY\","
                        + " \"sme\": false}")
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(201);
        return key;
    }

    private static AccessFixture claim(java.util.function.BiFunction<String, Target, Optional<String>> claims) {
        return (role, target) -> claims.apply(role, target).map(key -> path("key", key));
    }

    /**
     * A new PENDING claim awaiting the role's side (its firm, a firm it onboarded, its organisation), or, for
     * others, a firm of no one's: published or a DRAFT. Another agency makes it for an organisation it created,
     * which every role sees, so only the awaited side decides who may see the claim.
     */
    private static Optional<String> claimAwaiting(String role, Target target) {
        Optional<String> awaited = switch (target) {
            case OWN ->
                switch (role) {
                    case "sme" -> Optional.of(smeFirm());
                    case "agency" -> Optional.of(firm(DemoUsers.AGENCY_ORG_ID, true));
                    case "partner" -> Optional.of(partnerOrganisation());
                    default -> Optional.empty();
                };
            case OTHERS -> Optional.of(firm(null, true));
            case UNPUBLISHED -> Optional.of(firm(null, false));
            case NONE -> throw new IllegalArgumentException("a claim operation has an object");
        };
        return awaited.map(
                key -> pendingClaim(DemoUsers.token(DemoUsers.OTHER_AGENCY), createdBy(DemoUsers.OTHER_AGENCY), key));
    }

    /**
     * A new PENDING claim the role's side made, awaiting the demo partner's organisation (or, made by the
     * partner, a published firm); others' claims are those of {@link #claimAwaiting}, made by another agency.
     */
    private static Optional<String> claimMadeBy(String role, Target target) {
        if (target != Target.OWN) {
            return claimAwaiting(role, target);
        }
        return switch (role) {
            case "sme" -> Optional.of(pendingClaim(sme.token(), smeFirm(), partnerOrganisation()));
            case "agency" ->
                Optional.of(pendingClaim(
                        DemoUsers.token(DemoUsers.AGENCY), firm(DemoUsers.AGENCY_ORG_ID, true), partnerOrganisation()));
            case "partner" ->
                Optional.of(pendingClaim(DemoUsers.token(DemoUsers.PARTNER), partnerOrganisation(), firm(null, true)));
            default -> Optional.empty();
        };
    }

    private static String pendingClaim(String token, String claimant, String awaited) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(TestData.collaborationBody(
                        claimant, "CUSTOMER", awaited, "CUSTOMER", "CO_DEVELOPMENT", 2023, null))
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"))
                .extract()
                .path("key");
    }

    /** A new firm as firm-profiles announces it, onboarded by the agency, published and listed or a DRAFT. */
    private static String firm(String onboardedBy, boolean published) {
        String firmId = UUID.randomUUID().toString();
        mirror(firmId, onboardedBy, published);
        return firmId;
    }

    private static void mirror(String firmId, String onboardedBy, boolean published) {
        String event = MirroredFirms.firmEvent(
                EventType.FirmRegistered.name(), firmId, "Access Rules Oy", "FI", onboardedBy, null);
        if (!published) {
            event = event.replace("\"status\": \"PUBLISHED\"", "\"status\": \"DRAFT\"")
                    .replace("\"listed\": true", "\"listed\": false");
        }
        MirroredFirms.publish(firmId, List.of(event));
        MirroredFirms.awaitOrganisation(firmId, status -> status == 200);
    }

    private static synchronized String smeFirm() {
        if (!smeFirmMirrored) {
            mirror(SME_FIRM, null, true);
            smeFirmMirrored = true;
        }
        return SME_FIRM;
    }

    /** The demo partner's organisation (its org_id), created when an earlier run or ./knowbridge up has not. */
    private static String partnerOrganisation() {
        if (TestData.etag(DemoUsers.PARTNER_ORG_ID) == null) {
            TestData.organisation(DemoUsers.PARTNER_ORG_ID, "Demo Partner GmbH", "DE", "CONSULTANCY", false, null);
        }
        return DemoUsers.PARTNER_ORG_ID;
    }

    private static String university() {
        return TestData.organisation(TestData.newKey(), "Access Rules University", "SE", "UNIVERSITY", false, null);
    }

    /** A new collaboration, recorded by an admin, of the organisation and a new university. */
    private static String collaborationOf(String key) {
        return TestData.collaboration(key, "CUSTOMER", university(), "UNIVERSITY", "CO_DEVELOPMENT", 2023);
    }

    /** The organisation's fields as they are, so a write that is let through changes nothing. */
    private static String currentBody(String key) {
        JsonPath current = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .get("/api/v1/organisations/" + key)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String sector = current.getString("sector");
        return "{\"name\": \"" + current.getString("name").replace("\"", "\\\"") + "\", \"country\": \""
                + current.getString("country") + "\", \"type\": \"" + current.getString("type") + "\", \"sme\": "
                + current.getBoolean("sme") + (sector == null ? "" : ", \"sector\": \"" + sector + "\"") + "}";
    }

    private static Optional<AccessCall> importJob(String role, Target target) {
        String agency = switch (target) {
            case OWN -> role.equals("agency") ? DemoUsers.AGENCY : null;
            case OTHERS -> DemoUsers.OTHER_AGENCY;
            default -> null;
        };
        if (agency == null) {
            return Optional.empty();
        }
        String job = given().auth()
                .oauth2(DemoUsers.token(agency))
                .queryParam("source", TestData.newSource())
                .multiPart(
                        "organisations",
                        "organisations.csv",
                        ORGANISATIONS.getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        return Optional.of(path("id", job));
    }
}
