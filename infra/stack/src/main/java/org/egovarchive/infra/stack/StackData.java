package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The data of a persistent stack and the secrets that open it, which must stay together. They can part:
 * run as root from a checkout the service user cannot enter, the data goes to
 * {@code /var/lib/egov-archive/<hash of the work dir>/} and outlives a deleted checkout, while a new clone at
 * the same path generates new passwords. That is refused before anything starts, in one line that says what
 * to do; {@link #reset} is that remedy.
 */
final class StackData {

    private StackData() {
    }

    /** @throws StackStartException when the database exists but the passwords it was made with are gone */
    static void requireSecrets(Layout layout) {
        if (!Files.exists(layout.secretsFile()) && holdsDatabase(layout)) {
            throw new StackStartException("stack", List.of(), mismatch(layout, "its passwords ("
                    + layout.secretsFile() + ") are gone"), null);
        }
    }

    /** Why the passwords do not open the database, and what to do, in one line. */
    static String mismatch(Layout layout, String what) {
        return layout.postgresHome() + " holds the database of an earlier stack of " + layout.workDir() + ", but "
                + what + ": ./egov reset deletes that stack's data so that up and demo start afresh";
    }

    private static boolean holdsDatabase(Layout layout) {
        return Files.isRegularFile(layout.postgresHome().resolve("data").resolve("PG_VERSION"));
    }

    /**
     * The layouts a stack of {@code workDir} may have left data in: the recorded one, else both the
     * in-place and the relocated one (a fresh clone has no record of where its predecessor's data went).
     */
    static List<Layout> candidates(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        Optional<Layout> recorded = StackRecord.read(dir).map(StackRecord::layout);
        Set<Layout> layouts = new LinkedHashSet<>();
        recorded.ifPresent(layouts::add);
        if (recorded.isEmpty()) {
            layouts.add(Layout.inPlace(dir));
            layouts.add(Layout.relocated(dir));
        }
        return List.copyOf(layouts);
    }

    /** Deletes what the stack keeps in {@code layout}; returns what existed and is gone now. */
    static List<Path> delete(Layout layout, Consumer<String> progress) {
        List<Path> deleted = new ArrayList<>();
        List<Path> paths = new ArrayList<>(List.of(layout.postgresHome(), layout.elasticsearchHome(), layout.kafkaHome(),
                layout.secretsFile(), layout.runDir()));
        if (layout.isRelocated()) {
            paths.add(layout.dataRoot());
        }
        for (Path path : paths) {
            if (Files.exists(path)) {
                try {
                    StackFiles.deleteTree(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + path, e);
                }
                deleted.add(path);
                progress.accept(Progress.line("stack", "deleted " + path));
            }
        }
        return deleted;
    }
}
