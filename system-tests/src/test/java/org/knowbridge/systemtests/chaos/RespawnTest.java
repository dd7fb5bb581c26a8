package org.knowbridge.systemtests.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowbridge.platform.testing.RealStack;

/**
 * A process started again after a SIGKILL (deploy/local's kb_spawn, behind {@code ./knowbridge start} and
 * {@code stack.sh up}): the pid file the killed one left is never read as the new one's. It was, for the moment
 * until the new shell wrote its pid, and a start then reported the service dead before it had begun.
 */
class RespawnTest {

    @Test
    void thePidFileAfterARestartIsTheNewProcesssNotTheKilledOnes(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("service.pid");
        Process killed = new ProcessBuilder("sleep", "60").start();
        long killedPid = killed.pid();
        killed.destroyForcibly().waitFor();
        Files.writeString(pidFile, killedPid + "\n");

        Process start = new ProcessBuilder(
                        "bash",
                        "-c",
                        "source deploy/local/lib/common.sh && kb_spawn \"$1\" \"$2\" sleep 60 && cat \"$1\"",
                        "respawn",
                        pidFile.toString(),
                        dir.resolve("service.log").toString())
                .directory(RealStack.repositoryRoot().toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(start.waitFor(30, TimeUnit.SECONDS), "kb_spawn did not return");
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, start.exitValue(), output);

        long readPid = Long.parseLong(output);
        ProcessHandle.of(readPid).ifPresent(ProcessHandle::destroyForcibly);
        assertNotEquals(killedPid, readPid, "the killed process's pid was read as the new one's");
    }
}
