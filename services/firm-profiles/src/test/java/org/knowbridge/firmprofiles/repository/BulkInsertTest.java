package org.knowbridge.firmprofiles.repository;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny.Transaction;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.SizeClass;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.event.OutboxMessage;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * Bulk imports insert firms and their events in one statement each, beside Hibernate's mapping: a firm so
 * inserted must read back with every field it had (a field added to Firm without its column fails here), and
 * events must take their outbox order from the list.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class BulkInsertTest {

    @Inject
    FirmRepository firms;

    @Inject
    OutboxMessageRepository outbox;

    @Test
    void aFirmInsertedInBulkReadsBackWithEveryFieldItHad() throws Throwable {
        Firm given = everyFieldSet();
        Firm read = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> firms.insertAll(List.of(given))
                        .chain(() -> firms.findById(given.id))
                        .call(BulkInsertTest::rollBack)));
        assertNotNull(read, "inserted");
        for (Field field : Firm.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
                continue;
            }
            Object expected = field.get(given);
            Object actual = field.get(read);
            assertNotNull(expected, () -> "the test sets " + field.getName());
            if (expected instanceof Object[] array) {
                assertArrayEquals(array, (Object[]) actual, field.getName());
            } else if (expected instanceof OffsetDateTime at) {
                assertTrue(at.isEqual((OffsetDateTime) actual), () -> field.getName() + ": " + actual);
            } else {
                assertEquals(expected, actual, field.getName());
            }
        }
    }

    @Test
    void eventsWrittenInBulkTakeTheirOutboxOrderFromTheList() throws Throwable {
        UUID firm = UUID.randomUUID();
        List<OutboxMessage> messages =
                List.of(message(firm, "FirmRegistered"), message(firm, "FirmUpdated"), message(firm, "FirmPublished"));
        List<String> stored =
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.appendAll(messages)
                        .chain(Panache::getSession)
                        .chain(session -> session.createNativeQuery(
                                        "select event_type from outbox where aggregate_id = :firm order by id",
                                        String.class)
                                .setParameter("firm", firm)
                                .getResultList())
                        .call(BulkInsertTest::rollBack)));
        assertEquals(List.of("FirmRegistered", "FirmUpdated", "FirmPublished"), stored);
    }

    /** Nothing of these tests stays: no firm without its event, no outbox row for the relay to send. */
    private static Uni<Void> rollBack() {
        return Panache.currentTransaction().invoke(Transaction::markForRollback).replaceWithVoid();
    }

    private static Firm everyFieldSet() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Firm firm = Firm.draft(UUID.randomUUID(), "Bulk \"Quoted\" Oy, Ltd", "FI", "org-agency-demo", now);
        firm.externalId = "test:" + firm.id;
        firm.nutsRegion = "FI1B1";
        firm.sector = "C26.1";
        firm.employees = 12;
        firm.turnoverEur = 3_400_000L;
        firm.sizeClass = SizeClass.SMALL;
        firm.foundingYear = 1996;
        firm.exportShare = 0.0001;
        firm.rdIntensity = 0.3333333333333333;
        firm.knowledgeAreasOffered = new String[] {"gas analysis", "optics, \"photonics\""};
        firm.knowledgeAreasSought = new String[] {"machine learning"};
        firm.targetCountries = new String[] {"DE", "SE"};
        firm.partnerKinds = new String[] {"UNIVERSITY"};
        firm.channels = new String[] {"CO_DEVELOPMENT", "LICENSING"};
        firm.status = FirmStatus.SUSPENDED;
        firm.listedToPartners = true;
        firm.contactAllowed = true;
        firm.updatedAt = now.plusSeconds(1);
        firm.contactName = "Liisa Virtanen";
        firm.contactRole = "CTO";
        firm.contactEmail = "liisa@example.test";
        firm.contactPhone = "+358 40 123 4567";
        firm.contactConsentAt = now.plusSeconds(2);
        firm.contactConsentBy = "demo-agency";
        firm.version = 3;
        return firm;
    }

    private static OutboxMessage message(UUID firm, String type) {
        OutboxMessage message = new OutboxMessage();
        message.aggregateId = firm;
        message.eventType = type;
        message.payload = "{\"type\":\"" + type + "\"}";
        message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        message.traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        return message;
    }
}
