package org.egovarchive.infra.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short-lived commands (initdb, pg_ctl, tar, useradd…) with their output appended to a log. */
final class Commands {

    static final File DEV_NULL = new File("/dev/null");

    private Commands() {
    }

    /**
     * Runs {@code command} to completion. On timeout or interrupt the whole process tree is killed, so a
     * cancelled start leaves no half-started server behind.
     *
     * @param what named in exceptions, e.g. "pg_ctl start"
     * @throws IOException when it cannot start, exits non-zero or times out
     */
    static void run(String what, List<String> command, Path workingDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(DEV_NULL);
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                throw new IOException(describe(command) + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            killTree(process);
            throw e;
        }
        if (process.exitValue() != 0) {
            throw new IOException(what + " exited with " + process.exitValue());
        }
    }

    /** Runs a quick check command and tells whether it exited 0; its output is dropped. */
    static boolean succeeds(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(DEV_NULL)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                killTree(process);
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Like {@link #run}, in the temp dir, with output going to a throwaway log whose tail is put into the
     * exception.
     */
    static void runOrExplain(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("egov-stack-", ".log");
        try {
            run(describe(command), command, log.getParent(), log, timeout);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + ": " + String.join("\n", LogTail.lastLines(log, 20)), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static String describe(List<String> command) {
        String line = String.join(" ", command);
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
