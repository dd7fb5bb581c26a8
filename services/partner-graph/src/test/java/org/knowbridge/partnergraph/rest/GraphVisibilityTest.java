package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.RealmAccount;

/**
 * A platform firm is seen in the graph by exactly those firm-profiles shows it to: every graph read, for every
 * role, against a firm in each state. The firms come in as firm-profiles' events; each worked with a visible
 * university (the home of most callers), with a firm of the other agency (the home of the other sme and the
 * other agency) and with a far organisation only it leads to (so a chain to that one must pass through it).
 *
 * <p>A new read is one entry in {@link #READS}, a new role one constant in {@link Role} and one row in
 * {@link #SEEN_BY}.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class GraphVisibilityTest {

    enum State {
        DRAFT,
        SUBMITTED,
        PUBLISHED_UNLISTED,
        PUBLISHED_LISTED
    }

    enum Role {
        ADMIN,
        OWN_SME,
        OTHER_SME,
        ONBOARDING_AGENCY,
        OTHER_AGENCY,
        PARTNER
    }

    /** firm-profiles' rule (GET /api/v1/firms/{id}): in which states each role sees a firm. */
    private static final Map<Role, Set<State>> SEEN_BY = new EnumMap<>(Map.of(
            Role.ADMIN, EnumSet.allOf(State.class),
            Role.OWN_SME, EnumSet.allOf(State.class),
            Role.ONBOARDING_AGENCY, EnumSet.allOf(State.class),
            Role.OTHER_SME, EnumSet.noneOf(State.class),
            Role.OTHER_AGENCY, EnumSet.noneOf(State.class),
            Role.PARTNER, EnumSet.of(State.PUBLISHED_LISTED)));

    /** The roles that may make the read at all (others are refused whatever the firm). */
    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    private static final Set<State> PUBLISHED = EnumSet.of(State.PUBLISHED_UNLISTED, State.PUBLISHED_LISTED);

    private static final Set<Role> AGENCIES_AND_ADMIN =
            EnumSet.of(Role.ADMIN, Role.ONBOARDING_AGENCY, Role.OTHER_AGENCY);

    /** A graph read: whether it showed the firm to the caller. */
    /** A read, by the roles it is open to and the states in which it shows a firm at all. */
    private record Read(Set<Role> roles, Set<State> states, Observation observation) {

        Read(Set<Role> roles, Observation observation) {
            this(roles, EnumSet.allOf(State.class), observation);
        }
    }

    @FunctionalInterface
    private interface Observation {
        boolean seen(Viewpoint caller, Firm firm);
    }

    /** The caller's token and its home: the organisation it may explore (its own, or any for agencies and admins). */
    private record Viewpoint(String token, String home) {}

    private record Firm(String id, String name, String sector, String toVisible, String toOtherFirm, String far) {}

    private static final Map<String, Read> READS = new LinkedHashMap<>();

    static {
        READS.put("organisation", new Read(EVERY_ROLE, (caller, firm) -> {
            ExtractableResponse<Response> r = get(caller, "/api/v1/organisations/" + firm.id());
            return seenOrNotFound(r, firm, () -> assertEquals(firm.name(), r.path("name")));
        }));
        READS.put("partners", new Read(EVERY_ROLE, (caller, firm) -> {
            if (caller.home().equals(firm.id())) {
                ExtractableResponse<Response> r = get(caller, "/api/v1/organisations/" + firm.id() + "/partners");
                return seenOrNotFound(
                        r,
                        firm,
                        () -> assertTrue(
                                r.jsonPath().getList("items.partner.key").contains(fixture().visible)));
            }
            ExtractableResponse<Response> r =
                    get(caller, "/api/v1/organisations/" + caller.home() + "/partners?limit=1000");
            assertEquals(200, r.statusCode(), r.body().asString());
            return r.jsonPath().getList("items.partner.key").contains(firm.id()) || notNamed(r, firm);
        }));
        READS.put("connection to the firm", new Read(EVERY_ROLE, (caller, firm) -> {
            String path = caller.home().equals(firm.id())
                    ? firm.id() + "/connection/" + fixture().visible
                    : caller.home() + "/connection/" + firm.id();
            ExtractableResponse<Response> r = get(caller, "/api/v1/organisations/" + path);
            return seenOrNotFound(r, firm, () -> assertEquals(Boolean.TRUE, r.path("connected")));
        }));
        READS.put("connection through the firm", new Read(EVERY_ROLE, (caller, firm) -> {
            ExtractableResponse<Response> r =
                    get(caller, "/api/v1/organisations/" + caller.home() + "/connection/" + firm.far());
            assertEquals(200, r.statusCode(), r.body().asString());
            if (r.jsonPath().getBoolean("connected")) {
                assertTrue(
                        r.jsonPath().getList("organisations.key").contains(firm.id()),
                        r.body().asString());
                return true;
            }
            return notNamed(r, firm);
        }));
        READS.put("collaboration", new Read(EVERY_ROLE, (caller, firm) -> {
            String key = caller.home().equals(fixture().otherFirm) ? firm.toOtherFirm() : firm.toVisible();
            ExtractableResponse<Response> r = get(caller, "/api/v1/collaborations/" + key);
            return seenOrNotFound(
                    r,
                    firm,
                    () -> assertTrue(
                            r.jsonPath().getList("parties.organisationKey").contains(firm.id())));
        }));
        // The drill-down by country and sector: each test firm has a sector of its own. Indicators count real firms,
        // i.e. published ones only, whoever asks.
        READS.put("indicator drill-down", new Read(AGENCIES_AND_ADMIN, PUBLISHED, (caller, firm) -> {
            ExtractableResponse<Response> r = get(caller, "/api/v1/indicators/foreign-collaboration?country=FI");
            if (r.statusCode() == 403) {
                return false;
            }
            assertEquals(200, r.statusCode(), r.body().asString());
            List<Map<String, Object>> groups =
                    r.jsonPath().getList("groups.findAll { it.sector == '%s' }".formatted(firm.sector()));
            if (groups.isEmpty()) {
                return false;
            }
            assertEquals(1, ((Number) groups.get(0).get("smeFirms")).intValue());
            assertEquals(1, ((Number) groups.get(0).get("withForeignCollaboration")).intValue());
            return true;
        }));
    }

    static Stream<Arguments> cases() {
        return READS.keySet().stream()
                .flatMap(read -> Arrays.stream(Role.values())
                        .flatMap(role -> Arrays.stream(State.values()).map(state -> Arguments.of(read, role, state))));
    }

    @ParameterizedTest(name = "{0} as {1} of a {2} firm")
    @MethodSource("cases")
    void aFirmIsSeenOnlyByThoseFirmProfilesShowsItTo(String readName, Role role, State state) {
        Read read = READS.get(readName);
        boolean expected = read.roles().contains(role)
                && read.states().contains(state)
                && SEEN_BY.get(role).contains(state);
        Fixture fixture = fixture();
        Firm firm = fixture.firms.get(state);
        assertEquals(expected, read.observation().seen(fixture.viewpoint(role, state), firm));
    }

    @AfterAll
    static void removeAccounts() {
        if (fixture != null) {
            fixture.accounts.forEach(RealmAccount::close);
        }
    }

    /** Seen: 200 and the check holds; not seen: a 404 that names nothing of the firm. */
    private static boolean seenOrNotFound(ExtractableResponse<Response> r, Firm firm, Runnable whenSeen) {
        if (r.statusCode() == 200) {
            whenSeen.run();
            return true;
        }
        assertEquals(404, r.statusCode(), r.body().asString());
        return notNamed(r, firm);
    }

    /** False, after checking the answer does not name the firm it does not show. */
    private static boolean notNamed(ExtractableResponse<Response> r, Firm firm) {
        String body = r.body().asString();
        assertFalse(body.contains(firm.name()), body);
        // A 404 repeats the key asked for; other answers must not carry it.
        if (r.statusCode() != 404) {
            assertFalse(body.contains(firm.id()), body);
        }
        return false;
    }

    private static ExtractableResponse<Response> get(Viewpoint caller, String path) {
        return given().auth().oauth2(caller.token()).when().get(path).then().extract();
    }

    private static Fixture fixture;
    private static RuntimeException fixtureFailed;

    /** Built once; when building fails, every case fails with that cause rather than building again. */
    private static synchronized Fixture fixture() {
        if (fixtureFailed != null) {
            throw fixtureFailed;
        }
        if (fixture == null) {
            try {
                fixture = new Fixture();
            } catch (RuntimeException | AssertionError e) {
                fixtureFailed = new IllegalStateException("The graph of the visibility cases could not be built", e);
                throw fixtureFailed;
            }
        }
        return fixture;
    }

    /** The graph and the accounts, built once for all cases. */
    private static final class Fixture {

        final String run = UUID.randomUUID().toString().substring(0, 8);
        final String agency = "org-agency-visibility-" + run;
        final String visible = TestData.organisation(
                "test:visible-" + run, "Visible University " + run, "DE", "UNIVERSITY", false, null);
        final String otherFirm = UUID.randomUUID().toString();
        final Map<State, Firm> firms = new EnumMap<>(State.class);
        final Map<State, RealmAccount> ownSme = new EnumMap<>(State.class);
        final List<RealmAccount> accounts = new ArrayList<>();
        RealmAccount otherSme;
        RealmAccount onboardingAgency;
        RealmAccount partner;

        Fixture() {
            try {
                build();
            } catch (RuntimeException | AssertionError e) {
                accounts.forEach(RealmAccount::close);
                throw e;
            }
        }

        private void build() {
            // The other agency's firm, published and listed: what the other sme and the other agency start from.
            MirroredFirms.publish(
                    otherFirm,
                    List.of(MirroredFirms.firmEvent(
                            EventType.FirmPublished.name(),
                            otherFirm,
                            "Other Agency Firm " + run,
                            "SE",
                            "C26",
                            "PUBLISHED",
                            true,
                            MirroredFirms.DEMO_AGENCY,
                            null)));
            for (State state : State.values()) {
                String id = UUID.randomUUID().toString();
                String name = "Test Firm " + state + " " + run;
                String sector =
                        "V" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
                MirroredFirms.publish(id, lifecycle(state, id, name, sector));
                MirroredFirms.awaitApplied(id);
                String far = TestData.organisation(
                        "test:far-" + UUID.randomUUID(),
                        "Far Institute " + run,
                        "FR",
                        "RESEARCH_ORGANISATION",
                        false,
                        null);
                firms.put(
                        state,
                        new Firm(
                                id,
                                name,
                                sector,
                                TestData.collaboration(
                                        id, "CUSTOMER", visible, "SUPPLIER", "PURCHASED_KNOWLEDGE", 2024),
                                null,
                                far));
            }
            MirroredFirms.awaitApplied(otherFirm);
            for (State state : State.values()) {
                Firm firm = firms.get(state);
                String toOtherFirm =
                        TestData.collaboration(firm.id(), "CUSTOMER", otherFirm, "SUPPLIER", "CO_DEVELOPMENT", 2024);
                TestData.collaboration(firm.id(), "CUSTOMER", firm.far(), "SUPPLIER", "LICENSING", 2024);
                firms.put(
                        state,
                        new Firm(firm.id(), firm.name(), firm.sector(), firm.toVisible(), toOtherFirm, firm.far()));
                ownSme.put(state, account(RealmAccount.forFirm(firm.id())));
            }
            otherSme = account(RealmAccount.forFirm(otherFirm));
            onboardingAgency = account(RealmAccount.forOrganisation("agency", agency));
            partner = account(RealmAccount.forOrganisation("partner", visible));
        }

        /** The events firm-profiles writes on the way to the state, each with the firm's whole state. */
        private List<String> lifecycle(State state, String id, String name, String sector) {
            List<String> events = new ArrayList<>();
            events.add(event(EventType.FirmRegistered, id, name, sector, "DRAFT", false));
            if (state != State.DRAFT) {
                events.add(event(EventType.FirmUpdated, id, name, sector, "SUBMITTED", false));
            }
            if (state == State.PUBLISHED_UNLISTED || state == State.PUBLISHED_LISTED) {
                events.add(
                        event(EventType.FirmPublished, id, name, sector, "PUBLISHED", state == State.PUBLISHED_LISTED));
            }
            return events;
        }

        private String event(EventType type, String id, String name, String sector, String status, boolean listed) {
            return MirroredFirms.firmEvent(type.name(), id, name, "FI", sector, status, listed, agency, null);
        }

        private RealmAccount account(RealmAccount account) {
            accounts.add(account);
            return account;
        }

        Viewpoint viewpoint(Role role, State state) {
            return switch (role) {
                case ADMIN -> new Viewpoint(DemoUsers.token(DemoUsers.ADMIN), visible);
                case OWN_SME ->
                    new Viewpoint(ownSme.get(state).token(), firms.get(state).id());
                case OTHER_SME -> new Viewpoint(otherSme.token(), otherFirm);
                case ONBOARDING_AGENCY -> new Viewpoint(onboardingAgency.token(), visible);
                case OTHER_AGENCY -> new Viewpoint(DemoUsers.token(DemoUsers.AGENCY), otherFirm);
                case PARTNER -> new Viewpoint(partner.token(), visible);
            };
        }
    }
}
