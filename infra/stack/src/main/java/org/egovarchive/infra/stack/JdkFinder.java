package org.egovarchive.infra.stack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds installed JDKs by their {@code release} file, which every JDK since 9 ships. */
final class JdkFinder {

    /** A JDK home and its feature version. */
    record Jdk(Path home, int major) {
    }

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?([0-9][0-9._]*)");

    private JdkFinder() {
    }

    static Optional<Jdk> read(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(release)) {
                Matcher m = JAVA_VERSION.matcher(line.trim());
                if (m.find()) {
                    return Optional.of(new Jdk(home, major(m.group(1))));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The highest JDK directly under {@code root} with at least {@code minMajor}. */
    static Optional<Jdk> newest(Path root, int minMajor) {
        List<Jdk> found = new ArrayList<>();
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(root)) {
            homes.forEach(home -> read(home).filter(jdk -> jdk.major() >= minMajor).ifPresent(found::add));
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().max(Comparator.comparingInt(Jdk::major).thenComparing(jdk -> jdk.home().toString()));
    }

    /** "17.0.15" → 17, and the pre-9 scheme "1.8.0_412" → 8. */
    static int major(String version) {
        String[] parts = version.split("[._]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }
}
