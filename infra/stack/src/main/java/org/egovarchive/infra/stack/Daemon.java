package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A long-running process known by a pid file. It is trusted only while {@code /proc/PID/cmdline} still
 * contains a marker (typically its data directory or main jar), so a recycled pid is never taken for it
 * and never signalled. Processes are started in their own session ({@code setsid}): a Ctrl-C or hangup on
 * the terminal that started them does not reach them, and they outlive the JVM.
 */
public final class Daemon {

    /** Writes the shell's pid, then execs the command, so the recorded pid is the command's own. */
    private static final String PID_WRAPPER = "echo $$ > \"$0\" && exec \"$@\"";

    private final String name;
    private final Path pidFile;
    private final String marker;

    /**
     * @param name          for messages
     * @param pidFile       file holding the pid
     * @param cmdlineMarker text that the process's command line must contain to be considered ours
     */
    public Daemon(String name, Path pidFile, String cmdlineMarker) {
        this.name = Objects.requireNonNull(name);
        this.pidFile = Objects.requireNonNull(pidFile);
        if (cmdlineMarker == null || cmdlineMarker.isBlank()) {
            throw new IllegalArgumentException("a cmdline marker is required to recognise " + name);
        }
        this.marker = cmdlineMarker;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public Path pidFile() {
        return pidFile;
    }

    /** The pid from the pid file, if that process is alive and is still ours. */
    public OptionalLong pid() {
        long pid = readPid();
        return ProcessTable.matches(pid, marker) ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    public boolean isRunning() {
        return pid().isPresent();
    }

    /** Resident memory of the process in kB (0 when not running). */
    public long rssKb() {
        OptionalLong pid = pid();
        return pid.isPresent() ? ProcessTable.rssKb(pid.getAsLong()) : 0;
    }

    /**
     * SIGTERM, then SIGKILL if it is still there after {@code grace}.
     *
     * @return whether it was running
     */
    public boolean stop(Duration grace) {
        List<Long> pids = new ArrayList<>();
        pid().ifPresent(pids::add);
        return terminate(pids, grace);
    }

    /**
     * Like {@link #stop}, and also stops strays carrying the marker, such as a server whose pid file was never
     * written because its start was cancelled. Only for markers no unrelated process can have.
     */
    boolean stopIncludingStrays(Duration grace) {
        List<Long> pids = new ArrayList<>();
        pid().ifPresent(pids::add);
        ProcessTable.pidsMatching(marker).stream().filter(p -> !pids.contains(p)).forEach(pids::add);
        return terminate(pids, grace);
    }

    private boolean terminate(List<Long> pids, Duration grace) {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        if (!awaitExit(pids, grace)) {
            pids.stream().filter(pid -> ProcessTable.matches(pid, marker))
                    .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            awaitExit(pids, Duration.ofSeconds(10));
        }
        deletePidFile();
        return !pids.isEmpty();
    }

    /** Waits until none of {@code pids} is ours any more; true if that happened in time. */
    private boolean awaitExit(List<Long> pids, Duration timeout) {
        try {
            HealthCheck.await(name + " exit", timeout,
                    () -> pids.stream().noneMatch(pid -> ProcessTable.matches(pid, marker)));
            return true;
        } catch (HealthCheck.Failed e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Records the pid of a server that daemonised itself (PostgreSQL, Elasticsearch). */
    void recordPid(long pid) {
        try {
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            Files.writeString(pidFile, pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + pidFile, e);
        }
    }

    private long readPid() {
        try {
            String text = Files.readString(pidFile).trim();
            int newline = text.indexOf('\n');
            return Long.parseLong(newline < 0 ? text : text.substring(0, newline).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Starts a process that stays in the foreground (a JVM, a script) as a {@link Daemon}. */
    public static final class Builder {
        private final String name;
        private List<String> command = List.of();
        private String runAs;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path workingDir;
        private Path logFile;
        private Path pidFile;
        private String marker;

        private Builder(String name) {
            this.name = name;
        }

        public Builder command(List<String> command) {
            this.command = List.copyOf(command);
            return this;
        }

        /** Runs the command as this OS user (needs root); the pid file stays owned by the caller. */
        public Builder runAs(String user) {
            this.runAs = user;
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        public Builder workingDir(Path dir) {
            this.workingDir = dir;
            return this;
        }

        /** Stdout and stderr are appended here. */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        public Builder pidFile(Path file) {
            this.pidFile = file;
            return this;
        }

        public Builder cmdlineMarker(String text) {
            this.marker = text;
            return this;
        }

        /** Starts the process and returns once its pid is recorded and it runs the command. */
        public Daemon start() throws IOException, InterruptedException {
            Objects.requireNonNull(logFile, "logFile");
            Daemon daemon = new Daemon(name, Objects.requireNonNull(pidFile, "pidFile"), marker);
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.deleteIfExists(pidFile);
            ProcessBuilder builder = new ProcessBuilder(wrappedCommand())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(Commands.DEV_NULL);
            builder.environment().putAll(environment);
            if (workingDir != null) {
                builder.directory(workingDir.toFile());
            }
            Process process = builder.start();
            try {
                HealthCheck.await(name + " exec", Duration.ofSeconds(10), daemon::isRunning, process::isAlive);
            } catch (HealthCheck.Failed e) {
                throw new IOException(name + " did not start (" + e.getMessage() + "), see " + logFile, e);
            }
            return daemon;
        }

        private List<String> wrappedCommand() {
            List<String> wrapped = new ArrayList<>(List.of("setsid", "bash", "-c", PID_WRAPPER, pidFile.toString()));
            if (runAs != null) {
                // setpriv execs in place (runuser forks), so the recorded pid stays the command's own
                wrapped.addAll(List.of("setpriv", "--reuid=" + runAs, "--regid=" + runAs, "--init-groups"));
            }
            wrapped.addAll(command);
            return wrapped;
        }
    }
}
