package org.knowbridge.partnergraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.partnergraph.repository.ImportJobRepository;
import org.knowbridge.platform.importing.ImportRecovery;
import org.knowbridge.platform.importing.ImportState;
import org.knowbridge.platform.importing.LineErrorCap;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Import jobs outlive the process: a job left RUNNING in the graph by a stopped service is reported as
 * INTERRUPTED with the progress it had stored, never as RUNNING forever. A restart is played by storing a job
 * as the service does and running the start-up step again.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ImportJobRestartTest {

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportRecovery recovery;

    @Inject
    ServiceInstance instance;

    @Inject
    Driver driver;

    @Test
    void aJobThisInstanceWasRunningWhenItStoppedIsInterruptedAtStartWithItsStoredProgress() {
        ImportJob job = runningJob();
        // Stored RUNNING by this instance, which no longer runs it: what a restart finds.
        jobs.save(job, instance.id());
        recovery.recover();
        assertEquals(
                ImportState.INTERRUPTED,
                jobs.find(job.id()).orElseThrow().state(),
                "marked by the start-up step itself");

        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .when()
                .get("/api/v1/imports/" + job.id())
                .then()
                .statusCode(200)
                .body("state", equalTo("INTERRUPTED"))
                .body("finishedAt", notNullValue())
                .body("detail", containsString("Import the same files again"))
                .body("files[0].file", equalTo("organisations.csv"))
                .body("files[0].processed", equalTo(10))
                .body("files[0].created", equalTo(4))
                .body("files[0].failed", equalTo(1))
                .body("files[0].errors[0].line", equalTo(7))
                .body("files[0].errors[0].message", equalTo("country: 'QQ' is not a country code"))
                .body("files[1].processed", equalTo(0));
    }

    @Test
    void anotherInstancesJobStaysRunningWhileItIsAliveAndIsInterruptedOnceItFallsSilent() {
        ImportJob job = runningJob();
        jobs.save(job, "elsewhere:8082");
        String agency = DemoUsers.token(DemoUsers.AGENCY);
        recovery.recover();
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/imports/" + job.id())
                .then()
                .statusCode(200)
                .body("state", equalTo("RUNNING"));

        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run("""
                    MATCH (j:ImportJob {id: $id}) SET j.heartbeatAt = datetime() - duration({hours: 1})
                    """, Map.of("id", job.id())).consume());
        }
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/imports/" + job.id())
                .then()
                .statusCode(200)
                .body("state", equalTo("INTERRUPTED"))
                .body("files[0].created", equalTo(4));
    }

    @Test
    void anAgencyReadsOnlyItsOwnJobsAndAnAdminReadsAll() {
        ImportJob ours = runningJob();
        jobs.save(ours, instance.id());
        ImportJob theirs = new ImportJob(
                UUID.randomUUID().toString(),
                "cordis",
                "another-agency",
                "org-agency-elsewhere",
                List.of(CordisFile.ORGANISATIONS));
        jobs.save(theirs, "elsewhere:8082");
        String agency = DemoUsers.token(DemoUsers.AGENCY);

        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/imports/" + ours.id())
                .then()
                .statusCode(200);
        // Another agency's job reads as one that does not exist, as an unknown id does.
        given().auth()
                .oauth2(agency)
                .when()
                .get("/api/v1/imports/" + theirs.id())
                .then()
                .statusCode(404)
                .body("detail", containsString(theirs.id()));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/imports/" + theirs.id())
                .then()
                .statusCode(200)
                .body("state", equalTo("QUEUED"));
    }

    private static ImportJob runningJob() {
        ImportJob job = new ImportJob(
                UUID.randomUUID().toString(),
                "cordis",
                DemoUsers.AGENCY,
                "org-agency-demo",
                List.of(CordisFile.ORGANISATIONS, CordisFile.PROJECTS));
        job.started();
        ImportJob.FileProgress organisations = job.progress(CordisFile.ORGANISATIONS);
        organisations.processed(10);
        organisations.written(4, 3, 2);
        organisations.failed(7, "country: 'QQ' is not a country code", new LineErrorCap(1000));
        return job;
    }
}
