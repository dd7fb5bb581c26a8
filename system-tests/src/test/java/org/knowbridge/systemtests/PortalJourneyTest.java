package org.knowbridge.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.knowbridge.systemtests.Calls.eventually;
import static org.knowbridge.systemtests.Platform.EVENT_TIMEOUT;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealmAccount;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.browser.AxeScan;
import org.knowbridge.systemtests.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal in a real browser, as the demo SME meets it: signs in on Keycloak's page, reads its suggestions with
 * the reasons the API gives, filters them, sees the way to one drawn as a graph, opens an organisation from it,
 * declines another, searches partners by words and a facet, reads its inbox, and signs out; changes its profile
 * (refusals next to the field, never over a change made meanwhile); and as the demo agency, sends a firm for
 * validation, publishes it, and imports firms from a file (a live progress bar, then the failed lines), and reads its indicators as charts; and as the demo partner, reads an introduction (what is asked, not who
 * asks) and accepts it (then who asked, and how to reach them), then opens its own organisation and its partners. Every page passes an axe-core scan (nothing serious or critical) and is saved
 * as a screenshot under target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class PortalJourneyTest {

    /** Where the real data has no organisation: what is suggested there, this test made. */
    static final String REMOTE_COUNTRY = "BV";

    static final String HUB = "portal-journey-hub";
    static final String UNIVERSITY = "portal-journey-university";
    static final String FIRM = DemoUsers.SME_FIRM_ID;
    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void demoSmeReadsSuggestionsFollowsTheWayToOneDeclinesAnotherAndSignsOut() {
        String declinable = demoSmeReachesTwoRemotePartners();
        String portal = Service.PORTAL.url();

        try (Browser browser = Browser.open()) {
            browser.go(portal + "/suggestions");
            signInOnKeycloak(browser, DemoUsers.SME);

            // The suggestions, each with the reasons as the API words them, in the API's order.
            browser.find("#suggestions");
            checked(browser, "1-suggestions");
            assertPageShowsApiAnswer(browser, Map.of());

            // Filtered by country through the form, as a keyboard user would: the API's answer for that country.
            WebElement country = browser.find("#country");
            country.clear();
            country.sendKeys(REMOTE_COUNTRY);
            browser.find(".filters button[type=submit]").click();
            browser.await(ExpectedConditions.urlContains("country=" + REMOTE_COUNTRY));
            checked(browser, "2-suggestions-filtered");
            assertThat(attributes(browser, ".suggestion", "data-country"), everyItem(is(REMOTE_COUNTRY)));
            assertPageShowsApiAnswer(browser, Map.of("country", REMOTE_COUNTRY));

            // The way to the university: the drawn nodes and edges are partner-graph's chain.
            browser.find("li[data-partner='" + UNIVERSITY + "'] .connection-link")
                    .click();
            browser.find("#graph[data-drawn='true']");
            checked(browser, "3-connection-graph");
            JsonPath chain = Platform.connection(DemoUsers.SME, FIRM, UNIVERSITY);
            assertThat(chain.getBoolean("connected"), is(true));
            assertThat(drawn(browser, "nodes().map(n => n.id())"), is(Set.copyOf(chain.getList("organisations.key"))));
            assertThat(
                    drawn(browser, "edges().map(e => e.source().id() + '>' + e.target().id())"),
                    is(Set.copyOf(chain.getList("steps.collect { it.from + '>' + it.to }"))));

            // A node opens its organisation.
            browser.script("window.knowbridgeGraph.getElementById(arguments[0]).emit('tap')", UNIVERSITY);
            assertThat(browser.find("h1").getText(), is("Bouvet Portal University"));
            checked(browser, "4-organisation");

            // One the API does not show this user: the page says what the API's problem says, nothing more.
            String detail = Calls.as(DemoUsers.SME, Service.PARTNER_GRAPH)
                    .get("/api/v1/organisations/portal-journey-nowhere")
                    .then()
                    .statusCode(404)
                    .extract()
                    .path("detail");
            browser.go(portal + "/organisations/portal-journey-nowhere");
            assertThat(browser.find("#problem").getText(), is(detail));
            checked(browser, "4-organisation-not-found");

            // A decline whose form lost its sign-in's token (as a post from another site would) is refused in words,
            // and changes nothing.
            browser.go(portal + "/suggestions?country=" + REMOTE_COUNTRY);
            browser.script(
                    "document.querySelector(arguments[0]).value = 'forged'",
                    "li[data-partner='" + declinable + "'] form.decline input[name='csrf-token']");
            browser.find("li[data-partner='" + declinable + "'] .decline-button")
                    .click();
            assertThat(browser.find("#problem").getText(), startsWith("This form has expired"));
            checked(browser, "5-forged-form-refused");
            assertThat(suggested(Map.of("country", REMOTE_COUNTRY)), hasItem(declinable));

            // Declined with a reason: gone from the page and from the API's answer.
            browser.go(portal + "/suggestions?country=" + REMOTE_COUNTRY);
            WebElement card = browser.find("li[data-partner='" + declinable + "']");
            new Select(card.findElement(By.cssSelector("select[name=reason]"))).selectByValue("TOO_FAR");
            card.findElement(By.cssSelector(".decline-button")).click();
            assertThat(browser.find("#saved").getText(), startsWith("Declined"));
            assertThat(browser.present("li[data-partner='" + declinable + "']"), is(false));
            assertThat(suggested(Map.of("country", REMOTE_COUNTRY)), not(hasItem(declinable)));
            checked(browser, "6-after-decline");

            // On a phone: nothing wider than the screen.
            browser.resize(360, 800);
            browser.go(portal + "/suggestions");
            assertThat(
                    ((Number) browser.script("return document.documentElement.scrollWidth")).intValue(),
                    lessThanOrEqualTo(360));
            checked(browser, "7-suggestions-360px");
            browser.resize(1280, 900);

            // Partner search: words, then a country facet; the hits are partner-graph's answer for the demo SME.
            browser.go(portal + "/search");
            browser.find("#q").sendKeys("Bouvet Portal");
            browser.find("form[role=search] button[type=submit]").click();
            browser.find("li.hit[data-key='" + UNIVERSITY + "']");
            checked(browser, "8-search");
            browser.find("a[data-facet=country][data-value='" + REMOTE_COUNTRY + "']")
                    .click();
            browser.await(ExpectedConditions.urlContains("country=" + REMOTE_COUNTRY));
            checked(browser, "9-search-by-country");
            assertThat(attributes(browser, ".hit", "data-country"), everyItem(is(REMOTE_COUNTRY)));
            assertThat(
                    attributes(browser, ".hit", "data-key"),
                    is(Calls.as(DemoUsers.SME, Service.PARTNER_GRAPH)
                            .queryParam("q", "Bouvet Portal")
                            .queryParam("country", REMOTE_COUNTRY)
                            .queryParam("limit", 20)
                            .get("/api/v1/organisations")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.organisation.key", String.class)));

            // The inbox shows the demo SME's notifications as the introductions service lists them, newest first.
            AtomicReference<String> inbox = new AtomicReference<>("");
            eventually(
                    "the inbox shows the API's answer",
                    PAGE_TIMEOUT,
                    () -> {
                        browser.go(portal + "/inbox");
                        List<String> expected = Calls.as(DemoUsers.SME, Service.INTRODUCTIONS)
                                .queryParam("limit", 20)
                                .get("/api/v1/notifications")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("items.id", String.class);
                        List<String> shown = browser.present("#problem")
                                ? List.of(browser.find("#problem").getText())
                                : attributes(browser, ".notification", "data-id");
                        inbox.set("\npage: " + shown + "\napi:  " + expected);
                        return shown.equals(expected);
                    },
                    inbox::get);
            checked(browser, "10-inbox");

            // Signed out: the portal forgets the session, and a page asks Keycloak for a sign-in again.
            browser.find("#sign-out").click();
            browser.await(ExpectedConditions.urlContains("/signed-out"));
            checked(browser, "11-signed-out");
            browser.go(portal + "/suggestions");
            browser.find("#username");
            assertThat(browser.url(), startsWith(keycloakUrl()));
        }
    }

    @Test
    void demoSmeChangesItsProfileNeverOverAChangeMadeMeanwhile() {
        Platform.demoSmeFirmRegistered();
        JsonPath before = profile();
        String portal = Service.PORTAL.url();
        String area = Platform.unique("portal journey area");

        try (Browser browser = Browser.open()) {
            browser.go(portal + "/profile");
            signInOnKeycloak(browser, DemoUsers.SME);
            // Wait for the profile page itself: right after sign-in the h1 found may still be Keycloak's.
            browser.await(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("h1"), before.getString("legalName")));
            assertThat(browser.find("h1").getText(), is(before.getString("legalName")));
            assertThat(browser.find("#status").getText(), is(words(before.getString("status"))));
            checked(browser, "12-profile");

            // A sought area added through the form is stored; what the form does not show is kept.
            WebElement sought = browser.find("#knowledgeAreasSought");
            sought.sendKeys("\n" + area);
            browser.find("#save-profile").click();
            assertThat(browser.find("#saved").getText(), startsWith("Your profile is saved"));
            JsonPath saved = profile();
            assertThat(saved.getList("knowledgeAreasSought", String.class), hasItem(area));
            assertThat(saved.getString("turnoverEur"), is(before.getString("turnoverEur")));
            assertThat(saved.getString("nutsRegion"), is(before.getString("nutsRegion")));

            // A country the service refuses: its words next to the field, and nothing stored.
            WebElement country = browser.find("#country");
            country.clear();
            country.sendKeys("Q1");
            browser.find("#save-profile").click();
            assertThat(browser.find("#problem").getText(), not(is("")));
            assertThat(browser.find("#country-error").getText(), not(is("")));
            assertThat(browser.find("#country").getAttribute("aria-invalid"), is("true"));
            checked(browser, "13-profile-refused");
            assertThat(profile().getString("country"), is(saved.getString("country")));

            // Changed elsewhere while the page was open: the page says so and the other change stays.
            browser.go(portal + "/profile");
            String elsewhere = Platform.unique("changed elsewhere");
            changeProfile(Map.of("knowledgeAreasOffered", List.of(elsewhere)));
            WebElement offered = browser.find("#knowledgeAreasOffered");
            offered.clear();
            offered.sendKeys("overwriting");
            browser.find("#save-profile").click();
            assertThat(browser.find("#problem").getText(), startsWith("Your profile was changed elsewhere"));
            assertThat(profile().getList("knowledgeAreasOffered", String.class), is(List.of(elsewhere)));
            assertThat(browser.find("#knowledgeAreasOffered").getAttribute("value"), is(elsewhere));
            checked(browser, "14-profile-changed-elsewhere");
        } finally {
            changeProfile(Map.of(
                    "knowledgeAreasSought", before.getList("knowledgeAreasSought"),
                    "knowledgeAreasOffered", before.getList("knowledgeAreasOffered")));
        }
    }

    @Test
    void demoAgencySendsAFirmForValidationPublishesItAndImportsAFile() throws IOException {
        String name = Platform.unique("Portal Onboarding Oy");
        String firmId = Calls.as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .body("{\"legalName\": \"" + name + "\", \"country\": \"FI\"}")
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String portal = Service.PORTAL.url();
        String row = "tr[data-firm='" + firmId + "']";

        try (Browser browser = Browser.open()) {
            browser.go(portal + "/firms?status=DRAFT");
            signInOnKeycloak(browser, DemoUsers.AGENCY);
            assertThat(attributes(browser, "#firms tbody tr", "data-status"), everyItem(is("DRAFT")));
            checked(browser, "15-agency-firms");

            // Found by its name (any status), then taken through validation to publication.
            browser.find("#q").sendKeys(name);
            new Select(browser.find("#status")).selectByValue("");
            browser.find(".filters button[type=submit]").click();
            assertThat(browser.find(row).getAttribute("data-status"), is("DRAFT"));

            browser.find(row + " button[aria-label^='Send']").click();
            browser.await(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#done"), "Sent for validation"));
            assertThat(firmStatus(firmId), is("SUBMITTED"));
            assertThat(browser.find(row).getAttribute("data-status"), is("SUBMITTED"));

            browser.find(row + " button[aria-label^='Publish']").click();
            // The notice of the page the click leads to, not the one of the page it was made on.
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#done"), "Published"));
            assertThat(firmStatus(firmId), is("PUBLISHED"));
            checked(browser, "16-agency-published");

            // A file of two firms, one without a name: a live bar, then the failed line as firm-profiles reports it.
            String batch = UUID.randomUUID().toString().substring(0, 8);
            Path file = Files.createTempFile("portal-import-", ".csv");
            Files.writeString(
                    file,
                    "externalId,legalName,country\n"
                            + "portal-import-" + batch + "-1,Portal Import " + batch + " Oy,FI\n"
                            + "portal-import-" + batch + "-2,,FI\n");
            browser.find("#import-link").click();
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.find("#start-import").click();
            browser.find("#import-progress");
            String jobId = browser.find("#import").getAttribute("data-job");
            // Imports queue behind others on a busy platform: wait for this one to end, then for the page to show it.
            AtomicReference<JsonPath> ended = new AtomicReference<>();
            eventually("import " + jobId + " ended", EVENT_TIMEOUT, () -> {
                ended.set(Calls.as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                        .get("/api/v1/firms/imports/" + jobId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath());
                return !List.of("QUEUED", "RUNNING").contains(ended.get().getString("status"));
            });
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-errors")));
            JsonPath job = ended.get();
            assertThat(job.getString("status"), is("SUCCEEDED"));
            assertThat(job.getInt("created"), is(1));
            assertThat(
                    attributes(browser, "#import-errors tbody tr", "data-line"),
                    is(job.getList("errors.line", String.class)));
            assertThat(browser.find("#import-progress").getAttribute("value"), is("100"));
            assertThat(browser.find("#import-created").getText(), is("1"));
            checked(browser, "17-agency-import");
            Files.delete(file);

            // Its indicators: the charts show partner-graph's and the introductions service's figures for it.
            browser.find("nav a[href='/indicators']").click();
            JsonPath collaboration = Calls.as(DemoUsers.AGENCY, Service.PARTNER_GRAPH)
                    .get("/api/v1/indicators/foreign-collaboration")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(
                    browser.find("#foreign-total strong").getText(),
                    is(Math.round(collaboration.getDouble("total.share") * 100) + " %"));
            assertThat(
                    attributes(browser, "#chart-kind tbody tr", "data-firms"),
                    is(collaboration.getList("total.byPartnerKind.firms", String.class)));
            // Figures move while other firms ask for introductions: a fresh page and a fresh answer until they meet.
            AtomicReference<String> requests = new AtomicReference<>("");
            eventually(
                    "the page shows the introductions service's request count",
                    PAGE_TIMEOUT,
                    () -> {
                        browser.go(browser.url());
                        String api = Calls.as(DemoUsers.AGENCY, Service.INTRODUCTIONS)
                                .get("/api/v1/introductions/indicators")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("total.requestsSent")
                                .toString();
                        String page = browser.find("#requests-sent").getText();
                        requests.set("page " + page + ", api " + api);
                        return page.equals(api);
                    },
                    requests::get);
            assertThat(browser.all("#chart-country tbody tr meter").isEmpty(), is(false));
            checked(browser, "18-agency-indicators");

            // On a phone the table scrolls inside the page, which stays as wide as the screen.
            browser.resize(360, 800);
            browser.go(portal + "/firms");
            assertThat(
                    ((Number) browser.script("return document.documentElement.scrollWidth")).intValue(),
                    lessThanOrEqualTo(360));
            browser.resize(1280, 900);
        }
    }

    @Test
    void demoPartnerReadsAnIntroductionWithoutWhoAskedAndAcceptsIt() {
        String legalName = Platform.unique("Portal Intro Oy");
        String firmId = Platform.agencyPublishesFirm("""
                {"legalName": "%s", "country": "FI", "sector": "C26.7", "employees": 20,
                 "knowledgeAreasOffered": ["photonic sensors"]}
                """.formatted(legalName));
        Calls.as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .body("""
                        {"name": "Aino Portal", "role": "CEO", "email": "aino@portal-intro.example",
                         "consentToShare": true}""")
                .put("/api/v1/firms/" + firmId + "/introduction-contact")
                .then()
                .statusCode(200);
        Platform.partnerOrganisationExists();
        Platform.partnerReceivesIntroductions();
        String id;
        try (RealmAccount sme = RealmAccount.forFirm(firmId)) {
            Platform.awaitInGraph(firmId);
            id = Calls.withToken(sme.token(), Service.INTRODUCTIONS)
                    .body(Map.of(
                            "organisationKey", Platform.PARTNER_ORGANISATION,
                            "offers", "Photonic sensor heads",
                            "seeks", "A licensing partner",
                            "channel", "LICENSING",
                            "message", "We would like to license your optics."))
                    .post("/api/v1/introductions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
        String portal = Service.PORTAL.url();
        String card = "li[data-id='" + id + "']";

        try (Browser browser = Browser.open()) {
            browser.go(portal + "/");
            signInOnKeycloak(browser, DemoUsers.PARTNER);
            // A partner starts at the introductions it received; the card says what is asked, not who asks.
            browser.await(ExpectedConditions.urlContains("/introductions"));
            new Select(browser.find("#state")).selectByValue("REQUESTED");
            browser.find(".filters button[type=submit]").click();
            String shown = browser.find(card).getText();
            assertThat(shown, containsString("We would like to license your optics."));
            for (String leak : List.of(legalName, "Aino Portal", "aino@portal-intro.example")) {
                assertThat("the card shows " + leak + " before the partner accepted", shown.contains(leak), is(false));
            }
            checked(browser, "19-partner-introductions");

            browser.find(card + " button.accept").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#done"), "Accepted"));
            assertThat(
                    Calls.as(DemoUsers.PARTNER, Service.INTRODUCTIONS)
                            .get("/api/v1/introductions/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("state"),
                    is("ACCEPTED"));
            // Accepted: who asked, and how to reach them.
            assertThat(browser.find(card).getAttribute("data-state"), is("ACCEPTED"));
            assertThat(browser.find(card + " h2").getText(), is(legalName));
            assertThat(browser.find(card + " .contact").getText(), containsString("aino@portal-intro.example"));
            checked(browser, "20-partner-accepted");

            // Its own organisation: the facts and the partners partner-graph lists for it.
            browser.find("#own-organisation").click();
            JsonPath own = Calls.as(DemoUsers.PARTNER, Service.PARTNER_GRAPH)
                    .get("/api/v1/organisations/" + Platform.PARTNER_ORGANISATION)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(browser.find("h1").getText(), is(own.getString("name")));
            List<String> partners = Calls.as(DemoUsers.PARTNER, Service.PARTNER_GRAPH)
                    .queryParam("limit", 100)
                    .get("/api/v1/organisations/" + Platform.PARTNER_ORGANISATION + "/partners")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.partner.key", String.class);
            assertThat(
                    partners.isEmpty() ? List.of() : attributes(browser, "#partners tbody tr", "data-key"),
                    is(partners));
            checked(browser, "21-partner-organisation");
        }
    }

    private static JsonPath profile() {
        return Calls.as(DemoUsers.SME, Service.FIRM_PROFILES)
                .get("/api/v1/firms/" + FIRM)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Changes fields of the demo SME's profile through the API, as its agency or another tab would. */
    private static void changeProfile(Map<String, Object> fields) {
        Response current = Calls.as(DemoUsers.SME, Service.FIRM_PROFILES).get("/api/v1/firms/" + FIRM);
        Map<String, Object> input = new HashMap<>(current.jsonPath().getMap(""));
        input.keySet().retainAll(PROFILE_FIELDS);
        input.values().removeIf(Objects::isNull);
        input.putAll(fields);
        Calls.as(DemoUsers.SME, Service.FIRM_PROFILES)
                .header("If-Match", current.header("ETag"))
                .body(input)
                .put("/api/v1/firms/" + FIRM)
                .then()
                .statusCode(200);
    }

    private static final Set<String> PROFILE_FIELDS = Set.of(
            "legalName",
            "country",
            "sector",
            "nutsRegion",
            "employees",
            "turnoverEur",
            "exportShare",
            "rdIntensity",
            "foundingYear",
            "knowledgeAreasOffered",
            "knowledgeAreasSought",
            "targetCountries",
            "preferredPartnerKinds",
            "preferredChannels");

    private static String firmStatus(String firmId) {
        return Calls.as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .get("/api/v1/firms/" + firmId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    /** An enum name as the portal writes it: "PUBLISHED" is "Published". */
    private static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * The demo SME's firm works with a German firm that works with a university and a fresh lab in a country where the
     * real data has no organisation: both are suggested to it. The hub and the university are kept across runs (so
     * the demo SME keeps one way to show); the lab is new each run, to be declined. Returns the lab's key.
     */
    private static String demoSmeReachesTwoRemotePartners() {
        Platform.demoSmeFirmRegistered();
        Platform.organisationExists(HUB, "Portal Journey Messtechnik GmbH", "DE", "COMPANY");
        Platform.organisationExists(UNIVERSITY, "Bouvet Portal University", REMOTE_COUNTRY, "UNIVERSITY");
        if (!Platform.connection(DemoUsers.ADMIN, FIRM, UNIVERSITY).getBoolean("connected")) {
            Platform.collaboration(DemoUsers.ADMIN, FIRM, "CUSTOMER", HUB, "SUPPLIER", "CO_DEVELOPMENT");
            Platform.collaboration(DemoUsers.ADMIN, HUB, "UNIVERSITY", UNIVERSITY, "CUSTOMER", "CO_DEVELOPMENT");
        }
        String lab = Platform.organisation(
                "portal-journey-lab", "Bouvet Declinable Lab", REMOTE_COUNTRY, "RESEARCH_ORGANISATION");
        Platform.collaboration(DemoUsers.ADMIN, HUB, "RESEARCH_ORGANISATION", lab, "CUSTOMER", "PROJECT_EXCHANGE");
        eventually(
                "the university and the new lab suggested to the demo SME",
                EVENT_TIMEOUT,
                () -> suggested(Map.of("country", REMOTE_COUNTRY)).containsAll(List.of(UNIVERSITY, lab)));
        return lab;
    }

    private static void signInOnKeycloak(Browser browser, String user) {
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(DemoUsers.password());
        browser.find("#kc-login").click();
    }

    /** The page and the API agree, for the demo SME, on the partners (in order) and each one's reason sentences. */
    private static void assertPageShowsApiAnswer(Browser browser, Map<String, String> filters) {
        AtomicReference<String> last = new AtomicReference<>("");
        // Suggestions move as the shared graph changes: compare a fresh page with a fresh answer until they meet.
        eventually(
                "the page shows the API's suggestions for " + filters,
                PAGE_TIMEOUT,
                () -> {
                    browser.go(browser.url());
                    String page = pageSuggestions(browser);
                    String api = apiSuggestions(filters);
                    last.set("\npage: " + page + "\napi:  " + api);
                    return page.equals(api);
                },
                last::get);
    }

    private static String pageSuggestions(Browser browser) {
        StringBuilder shown = new StringBuilder();
        for (WebElement card : browser.all(".suggestion")) {
            shown.append(card.getAttribute("data-partner")).append(": ");
            card.findElements(By.cssSelector(".reason"))
                    .forEach(reason -> shown.append(reason.getText().trim()).append(" | "));
            shown.append('\n');
        }
        return shown.toString();
    }

    private static String apiSuggestions(Map<String, String> filters) {
        JsonPath answer = answer(filters);
        StringBuilder expected = new StringBuilder();
        List<Map<String, Object>> suggestions = answer.getList("recommendations");
        for (int i = 0; i < suggestions.size(); i++) {
            expected.append(answer.getString("recommendations[" + i + "].partnerId"))
                    .append(": ");
            answer.getList("recommendations[" + i + "].reasons.text", String.class)
                    .forEach(text ->
                            expected.append(text.trim().replaceAll("\\s+", " ")).append(" | "));
            expected.append('\n');
        }
        return expected.toString();
    }

    /** The demo SME's suggestions as the portal asks for them (its page size). */
    private static JsonPath answer(Map<String, String> filters) {
        return Calls.as(DemoUsers.SME, Service.RECOMMENDATIONS)
                .queryParam("limit", 20)
                .queryParams(filters)
                .get("/api/v1/firms/" + FIRM + "/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> suggested(Map<String, String> filters) {
        return answer(filters).getList("recommendations.partnerId", String.class);
    }

    private static List<String> attributes(Browser browser, String css, String attribute) {
        return browser.all(css).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> drawn(Browser browser, String what) {
        return new HashSet<>((List<String>) browser.script("return window.knowbridgeGraph." + what));
    }

    /** No serious or critical accessibility violation on the page, which is saved as a screenshot. */
    private static void checked(Browser browser, String name) {
        browser.screenshot("PortalJourneyTest-" + name);
        assertThat(name + ": " + browser.url(), AxeScan.seriousViolations(browser), is(empty()));
    }

    private static String keycloakUrl() {
        return System.getProperty("knowbridge.keycloak.url", "http://127.0.0.1:8180");
    }
}
