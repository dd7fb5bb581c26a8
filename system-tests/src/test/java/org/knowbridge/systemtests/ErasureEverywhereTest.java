package org.knowbridge.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.knowbridge.systemtests.Calls.as;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.Platform.EVENT_TIMEOUT;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * An erased firm leaves no trace anywhere within 5 s: not in partner-graph's reads (its node, a partner's
 * neighbourhood, a connection), not in another firm's suggestions, their reasons or the paths they name, and not
 * after recommendations loads the graph again (the export, then the topics from there).
 */
@ExtendWith(RunningPlatform.class)
class ErasureEverywhereTest {

    /** A country where the real data has no organisation: candidates there are the ones this test made. */
    static final String REMOTE_COUNTRY = "BV";

    static final Duration ERASURE_DEADLINE = Duration.ofSeconds(5);

    @Test
    void anErasedFirmVanishesFromEveryServiceAndFromAnotherFirmsSuggestionsWithinFiveSeconds() {
        // A Finnish seeker and a firm of the remote country, both onboarded and published by the demo agency, both
        // working with one German hub; the remote firm also works with a remote university.
        String seeker = Platform.agencyPublishesFirm("""
                {"legalName": "%s", "country": "FI", "sector": "C26.5", "employees": 20,
                 "knowledgeAreasSought": ["sensors"]}
                """.formatted(Platform.unique("Erasure Seeker Oy")));
        String erasedName = Platform.unique("Bouvet Erasable Sensors");
        String erased = Platform.agencyPublishesFirm("""
                {"legalName": "%s", "country": "%s", "sector": "C26.5", "employees": 12,
                 "knowledgeAreasOffered": ["sensors"]}
                """.formatted(erasedName, REMOTE_COUNTRY));
        Platform.awaitInGraph(seeker);
        Platform.awaitInGraph(erased);
        String hub = Platform.organisation("erasure-hub", Platform.unique("Rhein Sensorik GmbH"), "DE", "COMPANY");
        String university =
                Platform.organisation("erasure-univ", "Bouvet Erasure University", REMOTE_COUNTRY, "UNIVERSITY");
        Platform.collaboration(DemoUsers.AGENCY, seeker, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
        Platform.collaboration(DemoUsers.AGENCY, erased, "SUPPLIER", hub, "CUSTOMER", "CO_DEVELOPMENT");
        Platform.collaboration(DemoUsers.AGENCY, erased, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT");
        Map<String, String> remoteOnly = Map.of("country", REMOTE_COUNTRY);
        eventually(
                "the remote firm suggested to the seeker",
                EVENT_TIMEOUT,
                () -> Platform.suggestedPartners(admin(), seeker, remoteOnly).contains(erased));

        try (RealmAccount staff = RealmAccount.forFirm(erased)) {
            Calls.withToken(staff.token(), Service.FIRM_PROFILES)
                    .delete("/api/v1/firms/" + erased)
                    .then()
                    .statusCode(204);
        }

        // Within 5 s, gone from every read.
        eventually(
                "the erased firm gone from partner-graph and from the seeker's suggestions",
                ERASURE_DEADLINE,
                () -> as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                                        .get("/api/v1/organisations/" + erased)
                                        .statusCode()
                                == 404
                        && !traced(Platform.recommendations(admin(), seeker, Map.of()), erased, erasedName)
                        && !traced(Platform.recommendations(admin(), seeker, remoteOnly), erased, erasedName));
        as(DemoUsers.ADMIN, Service.FIRM_PROFILES)
                .get("/api/v1/firms/" + erased)
                .then()
                .statusCode(404);
        assertThat(partnersOf(hub), not(hasItem(erased)));
        assertThat(
                as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                        .get("/api/v1/organisations/" + seeker + "/connection/" + university)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("organisations.key"),
                not(hasItem(erased)));
        as(DemoUsers.ADMIN, Service.RECOMMENDATIONS)
                .get("/api/v1/firms/" + erased + "/recommendations")
                .then()
                .statusCode(404);

        // Loaded again from partner-graph's export and the topics after it: still gone.
        String before = projection().getString("lastLoadedAt");
        as(DemoUsers.ADMIN, Service.RECOMMENDATIONS)
                .post("/api/v1/projection/reload")
                .then()
                .statusCode(202);
        eventually("recommendations loaded the graph again", Duration.ofMinutes(5), () -> {
            JsonPath status = projection();
            return !status.getBoolean("loading")
                    && !String.valueOf(status.getString("lastLoadedAt")).equals(before);
        });
        assertThat(
                traced(Platform.recommendations(admin(), seeker, Map.of()), erased, erasedName),
                org.hamcrest.Matchers.is(false));
        assertThat(
                traced(Platform.recommendations(admin(), seeker, remoteOnly), erased, erasedName),
                org.hamcrest.Matchers.is(false));
    }

    private static String admin() {
        return DemoUsers.token(DemoUsers.ADMIN);
    }

    /** Whether the firm is suggested, or named by id or name in any reason (shared partners, paths). */
    private static boolean traced(JsonPath suggestions, String firmId, String name) {
        List<String> suggested = suggestions.getList("recommendations.partnerId");
        List<String> named = suggestions.getList("recommendations.reasons.flatten().entities.flatten().id");
        List<String> texts = suggestions.getList("recommendations.reasons.flatten().text");
        return suggested.contains(firmId)
                || named.contains(firmId)
                || texts.stream().anyMatch(text -> text != null && text.contains(name));
    }

    private static List<String> partnersOf(String key) {
        return as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                .get("/api/v1/organisations/" + key + "/partners")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.partner.key");
    }

    private static JsonPath projection() {
        return as(DemoUsers.ADMIN, Service.RECOMMENDATIONS)
                .get("/api/v1/projection")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
