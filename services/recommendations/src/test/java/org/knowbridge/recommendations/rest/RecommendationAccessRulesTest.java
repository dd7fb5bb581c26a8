package org.knowbridge.recommendations.rest;

import static org.knowbridge.platform.testing.access.AccessCall.call;
import static org.knowbridge.platform.testing.access.AccessCall.path;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.platform.testing.access.AccessCall;
import org.knowbridge.platform.testing.access.AccessFixture;
import org.knowbridge.platform.testing.access.AccessRulesContract;
import org.knowbridge.platform.testing.access.Target;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.SuggestionRecorder;

/**
 * The x-access declarations of api-specs/recommendations.yaml against the running service. The firms are
 * announced as firm-profiles would: the sme account's own (an account of its own, so the demo firm's
 * suggestions stay as other tests expect them), one the demo agency onboarded, and two of the second demo
 * agency, one published and listed, one a DRAFT.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class RecommendationAccessRulesTest extends AccessRulesContract {

    private static final String SME_FIRM = UUID.randomUUID().toString();
    private static final String AGENCY_FIRM = UUID.randomUUID().toString();
    private static final String OTHERS_FIRM = UUID.randomUUID().toString();
    private static final String UNPUBLISHED_FIRM = UUID.randomUUID().toString();

    private static final String SUGGESTED = "fixture:lyon-optics";

    private static RealmAccount sme;

    @Inject
    FirmDirectory firms;

    @Inject
    SuggestionRecorder suggestions;

    @BeforeAll
    static void announceTheFirms() {
        sme = RealmAccount.forFirm(SME_FIRM);
        announce(SME_FIRM, null, true);
        announce(AGENCY_FIRM, DemoUsers.AGENCY_ORG_ID, true);
        announce(OTHERS_FIRM, DemoUsers.OTHER_AGENCY_ORG_ID, true);
        announce(UNPUBLISHED_FIRM, DemoUsers.OTHER_AGENCY_ORG_ID, false);
    }

    @AfterAll
    static void removeTheSme() {
        sme.close();
    }

    private static void announce(String firmId, String onboardedBy, boolean published) {
        var firm = TestEvents.firm(firmId, "DE", List.of("optical sensors"), List.of(), onboardedBy, null);
        if (!published) {
            firm.put("status", "DRAFT").put("listed", false);
        }
        TestEvents.publishFirm(EventType.FirmRegistered.name(), firm);
    }

    @Override
    protected String serviceName() {
        return "recommendations";
    }

    @Override
    protected String token(String role) {
        return role.equals("sme") ? sme.token() : super.token(role);
    }

    @Override
    protected Map<String, AccessFixture> fixtures() {
        TestEvents.eventually(
                () -> List.of(SME_FIRM, AGENCY_FIRM, OTHERS_FIRM, UNPUBLISHED_FIRM).stream()
                        .allMatch(id -> firms.find(id).isPresent()),
                Duration.ofSeconds(60),
                "the test's firms known to the service");
        // An organisation of the test graph, suggested to each firm as an instance of the service records it.
        List.of(SME_FIRM, AGENCY_FIRM, OTHERS_FIRM, UNPUBLISHED_FIRM)
                .forEach(firm -> TestEvents.publishSuggested(firm, SUGGESTED));
        TestEvents.eventually(
                () -> List.of(SME_FIRM, AGENCY_FIRM, OTHERS_FIRM, UNPUBLISHED_FIRM).stream()
                        .allMatch(id -> suggestions.wasSuggested(id, SUGGESTED)),
                Duration.ofSeconds(60),
                SUGGESTED + " suggested to the test's firms");
        return Map.of(
                "listRecommendations", firm(id -> path("firmId", id)),
                "listFeedback", firm(id -> path("firmId", id)),
                "getSuggestedPartner", firm(id -> path("firmId", id).pathParam("partnerKey", SUGGESTED)),
                "getShortlist", firm(id -> path("firmId", id)),
                "giveFeedback",
                        firm(id -> path("firmId", id)
                                .pathParam("partnerId", "test:" + UUID.randomUUID())
                                .json("{\"verdict\": \"ACCEPTED\"}")),
                "getProjection", AccessFixture.objectless(AccessCall::call),
                "ping", AccessFixture.objectless(AccessCall::call),
                "reloadProjection", AccessFixture.objectless(() -> call()));
    }

    private static AccessFixture firm(Function<String, AccessCall> request) {
        return (role, target) -> firmFor(role, target).map(request);
    }

    private static Optional<String> firmFor(String role, Target target) {
        return switch (target) {
            case OWN ->
                switch (role) {
                    case "sme" -> Optional.of(SME_FIRM);
                    case "agency" -> Optional.of(AGENCY_FIRM);
                    default -> Optional.empty();
                };
            case OTHERS -> Optional.of(OTHERS_FIRM);
            case UNPUBLISHED -> Optional.of(UNPUBLISHED_FIRM);
            case NONE -> throw new IllegalArgumentException("a firm's suggestions and feedback have an object");
        };
    }
}
