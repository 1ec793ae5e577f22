package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonTest {

    @TempDir
    Path dir;

    private Daemon started;

    @AfterEach
    void stopStarted() {
        if (started != null) {
            started.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_started_daemon_runs_in_its_own_session_with_its_pid_recorded() throws Exception {
        started = sleeper("sleeper-" + UUID.randomUUID());

        long pid = started.pid().orElseThrow();
        assertThat(Files.readString(dir.resolve("sleeper.pid")).trim()).isEqualTo(Long.toString(pid));
        assertThat(ProcessHandle.of(pid).orElseThrow().info().command()).hasValueSatisfying(
                command -> assertThat(command).endsWith("sleep"));
        assertThat(sessionId(pid)).isEqualTo(pid);
        assertThat(started.rssKb()).isPositive();
    }

    @Test
    void a_pid_whose_command_line_lacks_the_marker_is_not_ours() throws Exception {
        started = sleeper("sleeper-" + UUID.randomUUID());
        long pid = started.pid().orElseThrow();

        Daemon impostor = new Daemon("other", started.pidFile(), "some-other-data-dir");

        assertThat(impostor.isRunning()).isFalse();
        assertThat(impostor.rssKb()).isZero();
        assertThat(impostor.stop(Duration.ofSeconds(1))).isFalse();
        assertThat(ProcessHandle.of(pid)).as("a recycled pid is never signalled")
                .hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
    }

    @Test
    void a_dead_pid_is_not_running() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = dir.resolve("gone.pid");
        Files.writeString(pidFile, gone.pid() + "\n");

        assertThat(new Daemon("gone", pidFile, "true").isRunning()).isFalse();
        assertThat(new Daemon("missing", dir.resolve("missing.pid"), "x").pid()).isEmpty();
    }

    @Test
    void stop_terminates_the_process_and_removes_the_pid_file() throws Exception {
        String marker = "sleeper-" + UUID.randomUUID();
        started = sleeper(marker);
        long pid = started.pid().orElseThrow();

        assertThat(started.stop(Duration.ofSeconds(5))).isTrue();

        assertThat(ProcessTable.matches(pid, marker)).isFalse();
        assertThat(dir.resolve("sleeper.pid")).doesNotExist();
        assertThat(started.stop(Duration.ofSeconds(1))).as("stopping twice is harmless").isFalse();
    }

    @Test
    void reads_the_first_line_of_a_postmaster_pid_file() throws Exception {
        started = sleeper("sleeper-" + UUID.randomUUID());
        long pid = started.pid().orElseThrow();
        Path postmasterPid = dir.resolve("postmaster.pid");
        Files.writeString(postmasterPid, pid + "\n/data/dir\n1700000000\n5432\n");

        assertThat(new Daemon("postgres", postmasterPid, "sleep").pid()).hasValue(pid);
    }

    @Test
    void runs_as_another_user_while_keeping_the_pid_of_the_command() throws Exception {
        OsUser user = OsUser.current();
        assumeTrue(user.isRoot(), "only root can switch users");
        user.ensureServiceUser();
        String marker = "sleeper-" + UUID.randomUUID();

        started = Daemon.builder("sleeper")
                .command(List.of("bash", "-c", "exec -a \"sleep " + marker + "\" sleep 60"))
                .runAs(OsUser.SERVICE_USER)
                .logFile(dir.resolve("sleeper.log"))
                .pidFile(dir.resolve("sleeper.pid"))
                .cmdlineMarker(marker)
                .start();

        long pid = started.pid().orElseThrow();
        assertThat(ProcessHandle.of(pid).orElseThrow().info().user()).hasValue(OsUser.SERVICE_USER);
    }

    /** {@code exec -a} puts the marker into the command line, as a data dir argument would. */
    private Daemon sleeper(String marker) throws IOException, InterruptedException {
        return Daemon.builder("sleeper")
                .command(List.of("bash", "-c", "exec -a \"sleep " + marker + "\" sleep 60"))
                .logFile(dir.resolve("sleeper.log"))
                .pidFile(dir.resolve("sleeper.pid"))
                .cmdlineMarker(marker)
                .start();
    }

    private static long sessionId(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
