package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Throwaway stacks live under {@code ${java.io.tmpdir}/egov-stacks/<id>/}, each with an {@code owner.pid}
 * naming the JVM that started it. A watchdog process removes a stack when its JVM dies without closing it;
 * should the watchdog be gone too, the next throwaway start reaps what is left.
 */
final class ThrowawayStacks {

    static final String OWNER_FILE = "owner.pid";

    private ThrowawayStacks() {
    }

    static Path root() {
        return Path.of(System.getProperty("java.io.tmpdir"), "egov-stacks");
    }

    /** Marks {@code workDir} as owned by this JVM: pid and start time, so a recycled pid does not count. */
    static void claim(Path workDir) throws IOException, InterruptedException {
        shareRoot();
        Files.createDirectories(workDir);
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(workDir.resolve(OWNER_FILE), self.pid() + " " + startMillis(self).orElse(0L) + "\n");
    }

    /** Like /tmp (sticky, writable by all), so that every user of the machine can keep stacks in it. */
    private static void shareRoot() throws IOException, InterruptedException {
        Path root = root();
        Files.createDirectories(root);
        if (isMine(root) && !Files.getPosixFilePermissions(root).contains(PosixFilePermission.OTHERS_WRITE)) {
            Commands.runOrExplain(List.of("chmod", "1777", root.toString()), Duration.ofSeconds(10));
        }
    }

    /** Stops and deletes this user's stacks whose owner JVM is gone (others' are not ours to touch). */
    static void reapLeftovers(Consumer<String> progress) {
        if (!Files.isDirectory(root())) {
            return;
        }
        try (DirectoryStream<Path> stacks = Files.newDirectoryStream(root())) {
            for (Path stack : stacks) {
                if (isMine(stack) && ownerIsGone(stack.resolve(OWNER_FILE)) && claimForReaping(stack)) {
                    progress.accept(Progress.line("stack", "removing leftover throwaway stack " + stack));
                    LocalStack.stopAndDelete(stack, progress);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root(), e);
        }
    }

    private static boolean isMine(Path stack) {
        try {
            return Files.getOwner(stack).equals(Files.getOwner(Path.of("/proc/self")));
        } catch (IOException goneMeanwhile) {
            return false;
        }
    }

    /** A stack still being set up has no owner file yet and is left alone. */
    private static boolean ownerIsGone(Path ownerFile) {
        try {
            String[] fields = Files.readString(ownerFile).trim().split(" ");
            long pid = Long.parseLong(fields[0]);
            long started = Long.parseLong(fields[1]);
            Optional<ProcessHandle> owner = ProcessHandle.of(pid);
            return owner.isEmpty() || owner.flatMap(ThrowawayStacks::startMillis)
                    .map(millis -> Math.abs(millis - started) > 1000).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Renames the owner file away: only one of several JVMs reaping at once wins the rename. */
    private static boolean claimForReaping(Path stack) {
        try {
            Files.move(stack.resolve(OWNER_FILE), stack.resolve("reaped-by-" + ProcessHandle.current().pid()),
                    StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException lostTheRace) {
            return false;
        }
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    /**
     * Starts a watchdog in its own session that waits for this JVM to die and then stops every process
     * carrying one of {@code markers} and deletes {@code dirs}. It covers SIGKILL, where no shutdown hook runs.
     */
    static Daemon startWatchdog(Layout layout, List<String> markers, List<Path> dirs)
            throws IOException, InterruptedException {
        Path script = layout.runDir().resolve("watchdog.sh");
        Files.createDirectories(layout.runDir());
        Files.writeString(script, WatchdogScript.render(markers, dirs));
        return Daemon.builder("watchdog")
                .command(List.of("bash", script.toString(), Long.toString(ProcessHandle.current().pid())))
                .logFile(layout.runDir().resolve("watchdog.log"))
                .pidFile(layout.pidFile("watchdog"))
                .cmdlineMarker("bash " + script)
                .start();
    }
}
