package org.egovarchive.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project checkout: the nearest directory upwards that holds the Maven wrapper. */
final class Checkout {

    private Checkout() {
    }

    /** System property {@code egov.home} wins; otherwise searched upwards from the working directory. */
    static Path root() {
        String configured = System.getProperty("egov.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no mvnw in " + start + " or above; set -Degov.home=<checkout>");
    }
}
