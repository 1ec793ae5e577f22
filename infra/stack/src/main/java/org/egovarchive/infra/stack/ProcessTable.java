package org.egovarchive.infra.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads Linux {@code /proc}: the identity checks that keep a recycled pid from ever being signalled. */
final class ProcessTable {

    private static final Path PROC = Path.of("/proc");

    private ProcessTable() {
    }

    /** The command line with NULs as spaces; empty for a gone process or a zombie. */
    static Optional<String> cmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            if (raw.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean matches(long pid, String marker) {
        return pid > 0 && cmdline(pid).map(line -> line.contains(marker)).orElse(false);
    }

    /** Resident set size in kB, 0 when the process is gone. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Every other process whose command line names {@code marker}: strays that a lost pid file hides. */
    static List<Long> pidsMatching(String marker) {
        List<Long> pids = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                if (pid != self && matches(pid, marker)) {
                    pids.add(pid);
                }
            }
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }
}
