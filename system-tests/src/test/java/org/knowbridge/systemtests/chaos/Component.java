package org.knowbridge.systemtests.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.systemtests.RunningPlatform;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * A process of the platform the chaos run kills: one of the services, or a part of the real stack. Both
 * {@code ./knowbridge start} and {@code deploy/local/stack.sh up} keep its pid under the stack's {@code run/}.
 */
public record Component(String name, Service service) {

    private static final List<String> STACK_PARTS = List.of("postgres", "kafka", "neo4j", "keycloak");
    private static final long START_TIMEOUT_MINUTES = 5;

    /** Every service and every part of the stack. */
    static List<Component> all() {
        List<Component> all = new ArrayList<>();
        for (Service service : Service.values()) {
            all.add(new Component(service.serviceName(), service));
        }
        STACK_PARTS.forEach(part -> all.add(new Component(part, null)));
        return all;
    }

    /**
     * SIGKILL to the process and everything it started (PostgreSQL's backends, the JVM under Keycloak's launcher),
     * as a crash of its machine would end them: no shutdown hook, no flush. Returns once all of them are gone.
     */
    void kill() {
        ProcessHandle process = process()
                .filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        List<ProcessHandle> tree =
                Stream.concat(Stream.of(process), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle each : tree) {
            try {
                each.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(name + " (pid " + each.pid() + ") outlived SIGKILL", e);
            }
        }
    }

    /**
     * Starts it again the way an operator would, and returns once it is ready. A service that runs but never got
     * ready again is stopped first (the run then failed on it already).
     */
    void start() {
        if (service != null) {
            if (process().map(ProcessHandle::isAlive).orElse(false)) {
                RunningPlatform.restart(service);
            } else {
                RunningPlatform.start(service);
            }
            return;
        }
        List<String> line = List.of(
                "bash",
                RealStack.repositoryRoot().resolve("deploy/local/stack.sh").toString(),
                "up",
                name);
        int exit = RealStack.runInRepository(line, false, START_TIMEOUT_MINUTES);
        if (exit != 0) {
            throw new IllegalStateException(
                    String.join(" ", line) + " exited " + exit + "; see .stack/logs/" + name + ".log");
        }
    }

    /** Whether it runs (a service: and answers ready), e.g. to leave the machine as the run found it. */
    boolean running() {
        boolean alive = process().map(ProcessHandle::isAlive).orElse(false);
        return service == null ? alive : alive && service.ready();
    }

    /** The one named, a service ({@code recommendations}) or a part of the stack ({@code neo4j}). */
    public static Component named(String name) {
        return all().stream()
                .filter(component -> component.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + name));
    }

    /**
     * The CPU its process and the processes it started have used so far (user and system), e.g. to tell what a
     * load cost the side that served it; zero when it is not running.
     */
    public Duration cpuTime() {
        return process()
                .filter(ProcessHandle::isAlive)
                .map(process -> Stream.concat(Stream.of(process), process.descendants())
                        .map(each -> each.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reduce(Duration.ZERO, Duration::plus))
                .orElse(Duration.ZERO);
    }

    /** Its resident memory (VmRSS of its process), in MiB; -1 when it is not running. */
    long residentMebibytes() {
        Optional<ProcessHandle> process = process().filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return -1;
        }
        try {
            return Files.readAllLines(
                            Path.of("/proc", Long.toString(process.get().pid()), "status"))
                    .stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst()
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private Optional<ProcessHandle> process() {
        Path file = RealStack.stackDirectory().resolve("run").resolve(name + ".pid");
        try {
            return Files.exists(file)
                    ? ProcessHandle.of(Long.parseLong(Files.readString(file).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read the pid of " + name + " in " + file, e);
        }
    }
}
