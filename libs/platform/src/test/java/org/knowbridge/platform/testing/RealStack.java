package org.knowbridge.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real local stack (PostgreSQL, Kafka, Neo4j, Keycloak) that integration tests run against. It is
 * started at most once per JVM, and reused as is when already running, e.g. started by {@code ./knowbridge test}.
 */
public final class RealStack {

    private static final long START_TIMEOUT_MINUTES = 15;
    private static volatile boolean verified;

    private RealStack() {}

    public static synchronized void ensureRunning() {
        if (verified) {
            return;
        }
        Path script = repositoryRoot().resolve("deploy/local/stack.sh");
        if (run(script, "status", false) != 0) {
            int exit = run(script, "up", true);
            if (exit != 0) {
                throw new IllegalStateException("The local stack did not start (" + script + " up exited " + exit
                        + "); see the logs under .stack/logs");
            }
        }
        verified = true;
    }

    /** The repository root: the {@code knowbridge.root} system property, else the nearest parent holding {@code deploy/local}. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("knowbridge.root");
        if (configured != null && Files.isDirectory(Paths.get(configured, "deploy/local"))) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (no deploy/local above "
                + Paths.get("").toAbsolutePath() + ")");
    }

    /** Where the stack keeps its binaries, data, logs and pid files: {@code $KNOWBRIDGE_STACK_DIR}, else {@code .stack}. */
    public static Path stackDirectory() {
        String configured = System.getenv("KNOWBRIDGE_STACK_DIR");
        return configured != null && !configured.isBlank()
                ? Paths.get(configured).toAbsolutePath()
                : repositoryRoot().resolve(".stack");
    }

    private static int run(Path script, String command, boolean showOutput) {
        return runInRepository(List.of("bash", script.toString(), command), showOutput, START_TIMEOUT_MINUTES);
    }

    /**
     * Runs a command of the repository's own (a script of {@code deploy/local}, {@code ./knowbridge ...}) from its
     * root and returns its exit code; its output goes to the test's when {@code showOutput}.
     */
    public static int runInRepository(List<String> commandLine, boolean showOutput, long timeoutMinutes) {
        ProcessBuilder builder =
                new ProcessBuilder(commandLine).directory(repositoryRoot().toFile());
        if (showOutput) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        try {
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", commandLine) + " did not finish within " + timeoutMinutes + " minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", commandLine), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", commandLine), e);
        }
    }
}
