package org.egovarchive.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Where the launcher keeps things and which ports the applications use; from the environment:
 * {@code EGOV_HOME} (the checkout), {@code EGOV_WORK_DIR} (default {@code <checkout>/.egov}),
 * {@code EGOV_PORT_OFFSET} (0: added to every port of the stack and the apps, so that a second checkout
 * runs beside the first), {@code EGOV_COMMAND_PORT} (8080 + offset), {@code EGOV_QUERY_PORT} (8081 + offset),
 * {@code EGOV_DEMO_PASSWORD} (demo).
 */
record Settings(Path home, Path workDir, int portOffset, int commandPort, int queryPort, String demoPassword) {

    static Settings from(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("EGOV_HOME", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path workDir = env.containsKey("EGOV_WORK_DIR")
                ? Path.of(env.get("EGOV_WORK_DIR")).toAbsolutePath().normalize()
                : home.resolve(".egov");
        int offset = Integer.parseInt(env.getOrDefault("EGOV_PORT_OFFSET", "0"));
        return new Settings(home, workDir, offset,
                Integer.parseInt(env.getOrDefault("EGOV_COMMAND_PORT", String.valueOf(8080 + offset))),
                Integer.parseInt(env.getOrDefault("EGOV_QUERY_PORT", String.valueOf(8081 + offset))),
                env.getOrDefault("EGOV_DEMO_PASSWORD", "demo"));
    }

    /**
     * The password of the seal key store: generated once per work dir and kept next to it, readable by
     * its owner only (as the database passwords of the local stack are).
     */
    String sealKeyStorePassword() {
        Path file = workDir.resolve("seal-keystore.password");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(workDir);
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the seal key store password in " + file, e);
        }
    }

    Path runDir() {
        return workDir.resolve("run");
    }

    Path logDir() {
        return workDir.resolve("logs");
    }

    String commandUrl() {
        return "http://127.0.0.1:" + commandPort;
    }

    String queryUrl() {
        return "http://127.0.0.1:" + queryPort;
    }

    /** The HTTP Basic header of a demo account (every demo account has the demo password). */
    String demoAuthorization(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + demoPassword).getBytes(StandardCharsets.UTF_8));
    }
}
