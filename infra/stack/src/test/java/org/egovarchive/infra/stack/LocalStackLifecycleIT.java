package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Starting, stopping and failing, and what is left afterwards: nothing. */
class LocalStackLifecycleIT {

    private final List<String> progress = new CopyOnWriteArrayList<>();

    @Test
    void closing_stops_every_server_and_deletes_the_throwaway_dir() {
        StackConfig config = StackConfig.throwaway();
        List<ComponentStatus> running;
        try (LocalStack stack = LocalStack.start(config, this::record)) {
            running = LocalStack.status(config.workDir());
            assertThat(running).extracting(ComponentStatus::name).containsExactly("postgres", "elasticsearch", "kafka");
            assertThat(running).allSatisfy(status -> {
                assertThat(status.running()).isTrue();
                assertThat(status.rssKb()).isPositive();
            });
            assertThat(stack.endpoints().elasticsearchVersion()).isNotBlank();
            running.forEach(status -> System.out.printf("RSS %-13s %d MB%n", status.name(), status.rssKb() / 1024));
        }

        // daemonised servers are reaped by init, so their pids may linger briefly as zombies
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(running)
                .allSatisfy(status -> assertThat(alive(status.pid())).as(status.name()).isFalse()));
        assertThat(ProcessTable.pidsMatching(config.workDir().toString())).isEmpty();
        assertThat(config.workDir()).doesNotExist();
    }

    @Test
    void a_failed_start_names_the_server_and_its_log_and_stops_the_others() throws Exception {
        StackConfig free = StackConfig.throwaway();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackConfig config = new StackConfig(free.workDir(), true, taken.getLocalPort(), free.elasticsearchPort(),
                    free.elasticsearchTransportPort(), free.kafkaPort(), free.kafkaControllerPort());

            assertThatThrownBy(() -> LocalStack.start(config, this::record))
                    .isInstanceOfSatisfying(StackStartException.class, e -> {
                        assertThat(e.component()).isEqualTo("postgres");
                        assertThat(e.getMessage()).startsWith("postgres failed to start")
                                .contains(e.logFile().toString())
                                .contains("Address already in use");
                    });

            assertThat(ProcessTable.pidsMatching(config.workDir().toString())).isEmpty();
            assertThat(config.workDir()).doesNotExist();
        }
    }

    @Test
    void the_watchdog_removes_the_stack_of_a_jvm_killed_with_sigkill() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ThrowawayStackMain.class.getName())
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLines(child, output));
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(150)).until(() -> output.contains("READY") || !child.isAlive());
            assertThat(output).as("child output").contains("READY");
            Path workDir = Path.of(output.stream().filter(line -> line.startsWith("WORKDIR ")).findFirst()
                    .orElseThrow().substring("WORKDIR ".length()));
            assertThat(LocalStack.status(workDir)).allSatisfy(status -> assertThat(status.running()).isTrue());

            child.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(ProcessTable.pidsMatching(workDir.toString())).isEmpty();
                assertThat(workDir).doesNotExist();
            });
        } finally {
            child.destroyForcibly();
        }
    }

    private void record(String line) {
        progress.add(line);
        System.out.println(line);
    }

    /** Present in /proc and not a zombie (which holds no memory, port or file any more). */
    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    private static void readLines(Process process, List<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            in.lines().forEach(line -> {
                lines.add(line);
                System.out.println("[child] " + line);
            });
        } catch (IOException | UncheckedIOException e) {
            lines.add("(output closed: " + e + ")");
        }
    }
}
