package org.knowbridge.systemtests.chaos;

import java.util.ArrayList;
import java.util.List;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.Platform;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * A published firm of the demo agency and its one partner, the hub: every organisation the load records a
 * collaboration of the hub with is then suggested to the firm, which is how the run sees a collaboration reach
 * recommendations. One suggestion list holds at most 50, hence a new cohort every {@link #CAPACITY} partners.
 */
final class Cohort {

    /**
     * The country of the load's organisations (Heard Island): no real organisation is there, and no other test's
     * (they use Bouvet Island), so the load's hundreds crowd no other test's suggestions out of a page.
     */
    static final String COUNTRY = "HM";

    /** Also four times the introductions a firm may have open: the firm asks for one per four partners. */
    private static final int CAPACITY = 40;

    private final String firmId;
    private final String hub;
    private final List<String> partners = new ArrayList<>();

    private Cohort(String firmId, String hub) {
        this.firmId = firmId;
        this.hub = hub;
    }

    /** Registers the firm and its hub through the APIs; fails when a part of the platform is down. */
    static Cohort create(String run) {
        String firmId = Platform.agencyPublishesFirm(
                "{\"legalName\": \"%s\", \"country\": \"DK\"}".formatted(Platform.unique("Chaos ApS " + run)));
        Platform.awaitInGraph(firmId);
        String hub = Platform.organisation("chaos-hub", Platform.unique("Chaos Hub GmbH " + run), "DE", "COMPANY");
        Platform.collaboration(DemoUsers.AGENCY, firmId, "CUSTOMER", hub, "SUPPLIER", "CO_DEVELOPMENT");
        return new Cohort(firmId, hub);
    }

    String firmId() {
        return firmId;
    }

    String hub() {
        return hub;
    }

    boolean full() {
        return partners.size() >= CAPACITY;
    }

    /** A collaboration of the hub with the organisation was acknowledged. */
    void joined(String organisation) {
        partners.add(organisation);
    }

    /** Whether the organisation is a partner of the hub that the load recorded, and which one (0, 1, ...). */
    int indexOf(String organisation) {
        return partners.indexOf(organisation);
    }

    /** The firm's suggestions in {@link #COUNTRY}, including those left out for an introduction. */
    String suggestionsPath() {
        return "/api/v1/firms/" + firmId + "/recommendations?limit=50&include=introduced&country=" + COUNTRY;
    }

    /** How often recommendations lists the organisation for the firm, as a suggestion or as introduced. */
    int timesSuggested(Reads reads, String organisation) {
        Api.Answer answer = reads.get(DemoUsers.AGENCY, Service.RECOMMENDATIONS, suggestionsPath());
        if (answer.status() != 200) {
            return 0;
        }
        return occurrences(answer.json().getList("recommendations.partnerId", String.class), organisation)
                + occurrences(answer.json().getList("introduced.partnerId", String.class), organisation);
    }

    /** The organisations the firm is suggested now (not introduced), as the load sees them. */
    List<String> suggestedNow() {
        Api.Answer answer = Api.get(DemoUsers.AGENCY, Service.RECOMMENDATIONS, suggestionsPath());
        return answer.status() == 200 ? answer.json().getList("recommendations.partnerId", String.class) : List.of();
    }

    static int occurrences(List<String> values, String value) {
        return values == null ? 0 : (int) values.stream().filter(value::equals).count();
    }
}
