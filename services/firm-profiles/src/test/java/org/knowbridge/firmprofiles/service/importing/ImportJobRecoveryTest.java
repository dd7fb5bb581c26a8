package org.knowbridge.firmprofiles.service.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.firmprofiles.repository.ImportJobRepository;
import org.knowbridge.platform.importing.ImportRecovery;
import org.knowbridge.platform.importing.ImportState;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * Import jobs do not stay RUNNING after a crash: a job whose instance is gone (this one before a restart, or
 * another one silent for too long) becomes INTERRUPTED with the progress it had; a live instance's job is left
 * alone. A restart is played by storing a RUNNING job as the service does and running the start-up step again.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ImportJobRecoveryTest {

    private static final String AGENCY_ORG = "org-agency-demo";

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportRecovery recovery;

    @Inject
    ServiceInstance instance;

    @Test
    void aJobThisInstanceWasRunningWhenItStoppedIsInterruptedAtStartWithItsProgress() throws Throwable {
        UUID id = store(instance.id(), OffsetDateTime.now(ZoneOffset.UTC));
        recovery.recover();
        assertEquals(ImportState.INTERRUPTED, status(id), "marked by the start-up step itself");

        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/firms/imports/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("INTERRUPTED"))
                .body("finishedAt", notNullValue())
                .body("processed", equalTo(500))
                .body("created", equalTo(400));
    }

    @Test
    void anotherInstancesJobStaysRunningWhileItIsAliveAndIsInterruptedOnceItFallsSilent() throws Throwable {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID alive = store("elsewhere:8081", now);
        UUID silent = store("gone:8081", now.minusHours(1));
        recovery.recover();
        assertEquals(ImportState.RUNNING, status(alive));
        assertEquals(ImportState.INTERRUPTED, status(silent));

        VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(() -> jobs.update("heartbeatAt = ?1 where id = ?2", now.minusHours(1), alive)));
        // Read without a restart: the reader finds the instance gone.
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/firms/imports/" + alive)
                .then()
                .statusCode(200)
                .body("status", equalTo("INTERRUPTED"));
    }

    /** A RUNNING job of the demo agency, as {@code owner} stores it while running. */
    private UUID store(String owner, OffsetDateTime heartbeat) throws Throwable {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.ownerOrg = AGENCY_ORG;
        job.format = ImportFormat.CSV.name();
        job.status = ImportState.RUNNING;
        job.totalLines = 1000;
        job.processed = 500;
        job.created = 400;
        job.createdAt = heartbeat;
        job.ownerInstance = owner;
        job.heartbeatAt = heartbeat;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> jobs.persist(job)));
        return job.id;
    }

    private ImportState status(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> jobs.findById(id))).status;
    }
}
