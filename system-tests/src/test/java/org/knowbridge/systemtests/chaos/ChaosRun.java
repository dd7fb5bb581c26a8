package org.knowbridge.systemtests.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.knowbridge.systemtests.Calls;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.chaos.Reconciliation.Outcome;

/**
 * Kills every service and every part of the stack in turn with SIGKILL, in a seeded order and at seeded moments,
 * under a steady write load, starts each again, then reconciles every write with what the platform holds. Runs
 * rounds of one kill per component until the duration is over (at least one round).
 */
final class ChaosRun {

    /** How long a restarted part may take until every service answers ready again. */
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);
    /** Events of the last writes and the consumers that were down still have to arrive. */
    private static final Duration RECONCILE_TIMEOUT = Duration.ofMinutes(3);

    /** The seed, for how long, and between which bounds the load runs before each kill. */
    record Settings(long seed, Duration duration, Duration shortestGap, Duration longestGap) {}

    record Result(
            Settings settings,
            Duration loadTime,
            List<Outage> outages,
            List<ImportJob> imports,
            List<Outcome> outcomes) {}

    private final Settings settings;
    private final Random random;

    ChaosRun(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    Result run() {
        List<Component> components = Component.all();
        List<Component> notRunning =
                components.stream().filter(c -> !c.running()).toList();
        if (!notRunning.isEmpty()) {
            throw new IllegalStateException(
                    "The chaos run needs the whole platform running; not running: " + notRunning);
        }
        String run = Long.toHexString(settings.seed()) + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        WriteLoad load = new WriteLoad(run, Cohort.create(run));
        Thread loadThread = new Thread(load, "chaos-write-load");
        List<Outage> outages = new ArrayList<>();
        Instant start = Instant.now();
        loadThread.start();
        try {
            do {
                List<Component> order = new ArrayList<>(components);
                Collections.shuffle(order, random);
                for (Component component : order) {
                    outages.add(killAndRestart(component, load));
                }
            } while (Instant.now().isBefore(start.plus(settings.duration())));
            // The load goes on a moment on the platform as it is back, as it does before every kill.
            Pause.of(gap());
        } finally {
            load.stop();
            Pause.untilEnded(loadThread);
            restore(components);
        }
        Duration loadTime = Duration.between(start, Instant.now());
        load.failure().ifPresent(failure -> {
            throw new IllegalStateException("The write load stopped on an error of its own", failure);
        });
        List<ImportJob> imports = load.imports();
        imports.forEach(ImportJob::settle);
        return new Result(settings, loadTime, outages, imports, Reconciliation.of(load.writes(), RECONCILE_TIMEOUT));
    }

    private Outage killAndRestart(Component component, WriteLoad load) {
        Duration gap = gap();
        if (component.service() == Service.FIRM_PROFILES) {
            // Killed in the middle of a large import rather than at the seeded moment: the job must meet the kill.
            load.largeImport().ifPresentOrElse(ImportJob::awaitFirstLines, () -> Pause.of(gap));
        } else {
            Pause.of(gap);
        }
        Instant killed = Instant.now();
        component.kill();
        component.start();
        Instant back = Instant.now();
        Calls.eventually(
                "every service ready again after " + component.name() + " was killed",
                RECOVERY_TIMEOUT,
                () -> Service.apis().stream().allMatch(Service::ready));
        Instant platformBack = Instant.now();
        long refused = load.writes().stream()
                .filter(write -> !write.acknowledged())
                .filter(write ->
                        !write.sentAt().isBefore(killed) && !write.sentAt().isAfter(platformBack))
                .count();
        return new Outage(
                component.name(), Duration.between(killed, back), Duration.between(killed, platformBack), refused);
    }

    private Duration gap() {
        long shortest = settings.shortestGap().toMillis();
        return Duration.ofMillis(
                shortest + random.nextLong(settings.longestGap().toMillis() - shortest + 1));
    }

    /** Whatever a failed run left down is started again, the stack before the services: the machine as found. */
    private static void restore(List<Component> components) {
        components.stream()
                .sorted(Comparator.comparing(component -> component.service() != null))
                .filter(component -> !component.running())
                .forEach(Component::start);
    }
}
