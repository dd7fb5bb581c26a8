package org.knowbridge.introductions;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;

/**
 * Firms as firm-profiles publishes them (firm-profiles does not run during this module's tests): each test firm is a
 * FirmRegistered on the firms topic with a unique id, and the helpers wait until this service has mirrored it.
 */
public final class TestFirms {

    public static final String DEMO_AGENCY_ORG = "org-agency-demo";
    public static final String DEMO_PARTNER_ORG = "org-partner-demo";

    private TestFirms() {}

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType(ContentType.JSON);
    }

    public static String uniqueName(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new firm onboarded by the given agency, published on the firms topic and mirrored here; its id. */
    public static String firm(String legalName, String onboardedBy) {
        String id = UUID.randomUUID().toString();
        publish(id, legalName, onboardedBy);
        awaitMirrored(id, legalName);
        return id;
    }

    /** A new firm in the given country, onboarded by the given agency, published and mirrored here; its id. */
    public static String firmIn(String country, String legalName, String onboardedBy) {
        String id = UUID.randomUUID().toString();
        publish(id, legalName, onboardedBy, true, country);
        awaitMirrored(id, legalName);
        return id;
    }

    /**
     * A new firm onboarded by the agency that consented in firm-profiles to share this contact block on accepted
     * introductions (person, role, e-mail, phone), published and mirrored here; its id.
     */
    public static String firmWithContact(
            String legalName, String onboardedBy, String person, String role, String email, String phone) {
        String id = UUID.randomUUID().toString();
        String contact = """
                {"name":"%s","role":"%s","email":"%s","phone":"%s"}""".formatted(person, role, email, phone);
        publish(id, legalName, onboardedBy, true, "FI", contact);
        awaitMirrored(id, legalName);
        return id;
    }

    /** A firm with the given id (e.g. one a test account is linked to), published and mirrored here. */
    public static String firm(String id, String legalName, String onboardedBy) {
        publish(id, legalName, onboardedBy);
        awaitMirrored(id, legalName);
        return id;
    }

    /** The demo SME's own firm, as ./knowbridge up registers it, when an earlier run has not mirrored it already. */
    public static String demoSmeFirm() {
        if (!mirrored(DemoUsers.SME_FIRM_ID, null)) {
            publish(DemoUsers.SME_FIRM_ID, "Nordic Sensors Oy", null);
            awaitMirrored(DemoUsers.SME_FIRM_ID, null);
        }
        return DemoUsers.SME_FIRM_ID;
    }

    /** FirmErased, as firm-profiles publishes it when a firm is erased. */
    public static void erase(String id) {
        KafkaProbe.write(Topic.FIRMS, id, envelope("FirmErased", id, "{\"firmId\":\"" + id + "\"}"), null);
    }

    /** A firm firm-profiles registered but has not published (DRAFT, not listed), mirrored here; its id. */
    public static String unpublishedFirm(String legalName, String onboardedBy) {
        String id = UUID.randomUUID().toString();
        publish(id, legalName, onboardedBy, false);
        awaitMirrored(id, legalName);
        return id;
    }

    private static void publish(String id, String legalName, String onboardedBy) {
        publish(id, legalName, onboardedBy, true);
    }

    private static void publish(String id, String legalName, String onboardedBy, boolean published) {
        publish(id, legalName, onboardedBy, published, "FI");
    }

    private static void publish(String id, String legalName, String onboardedBy, boolean published, String country) {
        publish(id, legalName, onboardedBy, published, country, "null");
    }

    private static void publish(
            String id, String legalName, String onboardedBy, boolean published, String country, String contact) {
        String data = """
                {"firmId":"%s","legalName":"%s","country":"%s","sector":"C26.7","sizeClass":"SMALL","status":"%s",
                 "knowledgeAreasOffered":["photonics"],"knowledgeAreasSought":["laser machining"],"targetCountries":["DE"],
                 "preferredPartnerKinds":[],"preferredChannels":["CO_DEVELOPMENT"],"listed":%s,"onboardedBy":%s,
                 "externalId":null,"introductionContact":%s}""".formatted(
                        id,
                        legalName,
                        country,
                        published ? "PUBLISHED" : "DRAFT",
                        published,
                        onboardedBy == null ? "null" : "\"" + onboardedBy + "\"",
                        contact);
        KafkaProbe.write(Topic.FIRMS, id, envelope("FirmRegistered", id, data), null);
    }

    private static String envelope(String type, String id, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/knowbridge/firm-profiles","type":"org.knowbridge.%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "dataschema":"/api-specs/events/%s.schema.json","data":%s}""".formatted(UUID.randomUUID(), type, id, OffsetDateTime.now(), type, data);
    }

    /** Waits until the firm is in this service's copy: a test run is a new consumer group, which first replays the whole topic. */
    public static void awaitMirrored(String id, String legalName) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (!mirrored(id, legalName)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Firm " + id + " was not mirrored within 300 s");
            }
            sleep();
        }
    }

    /** Waits until the firm is gone from this service's copy. */
    public static void awaitErased(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (mirrored(id, null)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Firm " + id + " was not erased within 300 s");
            }
            sleep();
        }
    }

    /** A connection to this service's database (the one it is configured with), for what the API does not show. */
    public static Connection database() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static boolean mirrored(String id, String legalName) {
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from firm where id = ? and (? is null or legal_name = ?)")) {
            query.setString(1, id);
            query.setString(2, legalName);
            query.setString(3, legalName);
            return query.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
