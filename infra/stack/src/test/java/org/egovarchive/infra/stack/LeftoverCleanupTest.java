package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two ways a throwaway stack is cleaned up when its JVM dies: the watchdog script, and the reaping at
 * the next throwaway start. Stand-in processes carry the servers' command-line markers.
 */
class LeftoverCleanupTest {

    private final List<Process> standIns = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        standIns.forEach(Process::destroyForcibly);
        for (Path dir : dirs) {
            StackFiles.deleteTree(dir);
        }
    }

    @Test
    void the_watchdog_stops_the_servers_and_deletes_the_files_once_its_jvm_is_gone() throws Exception {
        Path stack = newStackDir();
        String marker = "kafka.Kafka " + stack.resolve("kafka/server.properties");
        Process server = standIn(marker);
        Path script = stack.resolve("watchdog.sh");
        Files.writeString(script, WatchdogScript.render(List.of(marker), List.of(stack)));

        Process watchdog = new ProcessBuilder("bash", script.toString(), Long.toString(deadPid())).start();

        assertThat(watchdog.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stack).doesNotExist();
    }

    @Test
    void a_new_throwaway_start_reaps_stacks_whose_owner_is_dead_and_spares_live_ones() throws Exception {
        Path orphan = newStackDir();
        recordStack(orphan);
        Files.writeString(orphan.resolve(ThrowawayStacks.OWNER_FILE), deadPid() + " 0\n");
        Process server = standIn("kafka.Kafka " + orphan.resolve("kafka/server.properties"));
        Path alive = newStackDir();
        ThrowawayStacks.claim(alive);
        List<String> progress = new ArrayList<>();

        ThrowawayStacks.reapLeftovers(progress::add);

        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(orphan).doesNotExist();
        assertThat(alive.resolve(ThrowawayStacks.OWNER_FILE)).exists();
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("leftover", orphan.toString()));
    }

    @Test
    void paths_are_quoted_for_bash() {
        assertThat(WatchdogScript.quote("/tmp/it's here")).isEqualTo("'/tmp/it'\\''s here'");
    }

    private Path newStackDir() throws IOException {
        Path dir = Files.createDirectories(ThrowawayStacks.root().resolve("test-" + UUID.randomUUID()));
        dirs.add(dir);
        return dir;
    }

    private static void recordStack(Path dir) {
        StackConfig config = new StackConfig(dir, true, 1, 2, 3, 4, 5);
        new StackRecord(config, Layout.inPlace(dir), dir.resolve("no-postgres")).write();
    }

    /** A process whose command line carries {@code marker}, as a real server's would. */
    private Process standIn(String marker) throws IOException {
        Process process = new ProcessBuilder("bash", "-c", "exec -a \"java " + marker + "\" sleep 120").start();
        standIns.add(process);
        return process;
    }

    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }
}
