package org.knowbridge.systemtests.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.Platform;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.chaos.Api.Answer;

/**
 * A steady write load through every write API, one request at a time as users would send them, until stopped:
 * organisations and collaborations (partner-graph), firms registered and published, and firm imports
 * (firm-profiles), feedback on suggestions (recommendations) and introductions (introductions). Every write is
 * sent once, never retried, and kept with the status it got.
 */
final class WriteLoad implements Runnable {

    private static final Duration BETWEEN_ROUNDS = Duration.ofMillis(250);
    private static final int IMPORT_EVERY = 4;
    private static final int LINES_PER_IMPORT = 3;
    private static final int LARGE_IMPORT_LINES = 4_000;

    private final String run;
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private final List<ImportJob> imports = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> answered = new HashSet<>();
    private Cohort cohort;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    WriteLoad(String run, Cohort cohort) {
        this.run = run;
        this.cohort = cohort;
    }

    @Override
    public void run() {
        try {
            for (int round = 0; !stopped; round++) {
                round(round);
                Pause.of(BETWEEN_ROUNDS);
            }
        } catch (RuntimeException e) {
            // Not the platform's doing (its failures are answers): the run reports it rather than a quiet load.
            failure = e;
        }
    }

    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    void stop() {
        stopped = true;
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    List<ImportJob> imports() {
        return List.copyOf(imports);
    }

    private void round(int round) {
        if (cohort.full()) {
            nextCohort();
        }
        partnerOfTheHub(round);
        publishedFirm(round);
        answerASuggestion();
        if (round % IMPORT_EVERY == 0) {
            importFirms(String.valueOf(round), LINES_PER_IMPORT);
        }
    }

    private void nextCohort() {
        try {
            cohort = Cohort.create(run);
        } catch (Exception | AssertionError e) {
            // A part of the platform is down (rest-assured throws a refused connection undeclared, hence
            // Exception): the current cohort takes a few more partners meanwhile.
        }
    }

    private void partnerOfTheHub(int round) {
        String key = "chaos-" + run + "-" + round;
        Answer organisation = Api.put(
                DemoUsers.ADMIN,
                Service.PARTNER_GRAPH,
                "/api/v1/organisations/" + key,
                Platform.organisationJson(
                        "Chaos Institute " + run + " " + round, Cohort.COUNTRY, "RESEARCH_ORGANISATION"));
        writes.add(Writes.organisation(key, organisation));
        if (!organisation.ok()) {
            return;
        }
        Answer collaboration = Api.post(
                DemoUsers.ADMIN,
                Service.PARTNER_GRAPH,
                "/api/v1/collaborations",
                Platform.collaborationJson(cohort.hub(), "RESEARCH_ORGANISATION", key, "CUSTOMER", "CO_DEVELOPMENT"));
        writes.add(Writes.collaboration(cohort, key, collaboration));
        if (collaboration.ok()) {
            cohort.joined(key);
        }
    }

    /** Registered, consented, submitted and published by the demo agency: published once all four were acknowledged. */
    private void publishedFirm(int round) {
        String legalName = "Chaos Firm " + run + " " + round;
        Answer registered = Api.post(
                DemoUsers.AGENCY,
                Service.FIRM_PROFILES,
                "/api/v1/firms",
                "{\"legalName\": \"%s\", \"country\": \"SE\"}".formatted(legalName));
        writes.add(Writes.firm("firm", "POST /api/v1/firms", run, legalName, registered));
        if (!registered.ok()) {
            return;
        }
        String firm = "/api/v1/firms/" + registered.json().getString("id");
        Answer last =
                Api.put(DemoUsers.AGENCY, Service.FIRM_PROFILES, firm + "/consent", Platform.LISTED_AND_CONTACTABLE);
        for (String step : List.of("/submit", "/publish")) {
            if (last.ok()) {
                last = Api.post(DemoUsers.AGENCY, Service.FIRM_PROFILES, firm + step, null);
            }
        }
        writes.add(Writes.publication(registered.json().getString("id"), last));
    }

    /**
     * The cohort's firm answers one organisation of the load it is suggested: every other one it accepts, for every
     * fourth it asks for an introduction (a firm may have 10 open at once), the others it
     * leaves. Each is answered once, whatever the answer got.
     */
    private void answerASuggestion() {
        Cohort current = cohort;
        for (String organisation : current.suggestedNow()) {
            int index = current.indexOf(organisation);
            if (index < 0 || index % 4 == 3 || !answered.add(organisation)) {
                continue;
            }
            if (index % 2 == 0) {
                Answer feedback = Api.put(
                        DemoUsers.AGENCY,
                        Service.RECOMMENDATIONS,
                        "/api/v1/firms/" + current.firmId() + "/recommendations/feedback/" + organisation,
                        "{\"verdict\": \"ACCEPTED\"}");
                writes.add(Writes.feedback(current, organisation, feedback));
            } else {
                Answer introduction =
                        Api.post(DemoUsers.AGENCY, Service.INTRODUCTIONS, "/api/v1/introductions", """
                        {"firmId": "%s", "organisationKey": "%s", "offers": "Sensor know-how",
                         "seeks": "A research partner", "channel": "CO_DEVELOPMENT",
                         "message": "Would you co-develop a sensor with us?"}""".formatted(
                                        current.firmId(), organisation));
                writes.add(Writes.introduction(current, organisation, introduction));
            }
            return;
        }
    }

    /**
     * An import of {@link #LARGE_IMPORT_LINES} lines, started just before firm-profiles is killed: it takes seconds,
     * so the kill can meet it running. Returns the job, when one was started.
     */
    Optional<ImportJob> largeImport() {
        return importFirms("large", LARGE_IMPORT_LINES);
    }

    /** A JSON Lines import by the demo agency: each line a firm of its own, upserted by external id. */
    private Optional<ImportJob> importFirms(String batch, int lines) {
        List<String> names = IntStream.range(0, lines)
                .mapToObj(line -> "Chaos Import " + run + " " + batch + "-" + line)
                .toList();
        String file = names.stream()
                .map(name -> "{\"externalId\": \"%s\", \"legalName\": \"%s\", \"country\": \"FI\"}"
                        .formatted(name.toLowerCase().replace(' ', '-'), name))
                .collect(Collectors.joining("\n", "", "\n"));
        Answer started =
                Api.upload(DemoUsers.AGENCY, Service.FIRM_PROFILES, ImportJob.PATH, file, ImportJob.MEDIA_TYPE);
        names.forEach(name -> writes.add(Writes.firm("imported firm", "POST " + ImportJob.PATH, run, name, started)));
        if (!started.ok()) {
            return Optional.empty();
        }
        ImportJob job = new ImportJob(file, started.json().getString("id"));
        imports.add(job);
        return Optional.of(job);
    }
}
