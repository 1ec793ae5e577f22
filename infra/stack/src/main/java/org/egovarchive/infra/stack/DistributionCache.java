package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Server distributions unpacked once per name and version and shared by every stack on the machine.
 * Each is unpacked into a private temp dir and renamed into place atomically, so two JVMs unpacking at
 * once both end up with a complete copy and nobody ever sees half of one.
 */
final class DistributionCache {

    private final Path root;

    DistributionCache(Path root) {
        this.root = root;
    }

    /** Root's cache is world-readable under /var/cache, so the service user can run what is in it. */
    static DistributionCache forUser(OsUser user) {
        return new DistributionCache(user.isRoot() ? Path.of("/var/cache/egov-archive/dist")
                : Path.of(System.getProperty("user.home"), ".cache", "egov-archive", "dist"));
    }

    /** Where {@link #postgres} puts that version; known before it is unpacked. */
    Path postgresDir(String version) {
        return root.resolve("postgres-" + version);
    }

    /** PostgreSQL from the zonky jar's single {@code .txz}, untarred by tar to keep the execute bits. */
    Path postgres(String version, Path jar) throws IOException, InterruptedException {
        return unpackOnce("postgres-" + version, temp -> {
            Path txz = temp.resolve("postgres.txz");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new IOException("no .txz in " + jar));
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, txz);
                }
            }
            Path content = Files.createDirectory(temp.resolve("content"));
            Commands.runOrExplain(List.of("tar", "-xJf", txz.toString(), "-C", content.toString(), "--no-same-owner"),
                    Duration.ofMinutes(5));
            return content;
        });
    }

    /** Elasticsearch from its zip, unpacked by unzip since java.util.zip drops the execute bits. */
    Path elasticsearch(String version, Path zip) throws IOException, InterruptedException {
        return unpackOnce("elasticsearch-" + version, temp -> {
            Commands.runOrExplain(List.of("unzip", "-q", zip.toString(), "-d", temp.toString()), Duration.ofMinutes(5));
            Path content = temp.resolve("elasticsearch-" + version);
            if (!Files.isDirectory(content)) {
                throw new IOException(zip + " has no top directory elasticsearch-" + version);
            }
            return content;
        });
    }

    private interface Unpacker {
        /** Unpacks into {@code temp} and returns the directory to publish. */
        Path unpack(Path temp) throws IOException, InterruptedException;
    }

    private Path unpackOnce(String key, Unpacker unpacker) throws IOException, InterruptedException {
        Path target = root.resolve(key);
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(root);
        worldReadable(root.getParent());
        worldReadable(root);
        Path temp = Files.createTempDirectory(root, "." + key + "-");
        try {
            Path content = unpacker.unpack(temp);
            worldReadable(content);
            Files.move(content, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // renaming onto a directory another JVM published first fails (EEXIST or ENOTEMPTY): use theirs
            if (!Files.isDirectory(target)) {
                throw e;
            }
        } finally {
            StackFiles.deleteTree(temp);
        }
        return target;
    }

    private static void worldReadable(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

}
