package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Who runs PostgreSQL and Elasticsearch. Both refuse root, so as root they run as the unprivileged system
 * user {@value #SERVICE_USER}, created on first need; otherwise they run as the current user.
 */
final class OsUser {

    static final String SERVICE_USER = "egov";

    private final boolean root;

    OsUser(boolean root) {
        this.root = root;
    }

    static OsUser current() {
        try {
            // the owner of /proc/self is this process's uid: no native call needed
            return new OsUser(((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell the current uid", e);
        }
    }

    boolean isRoot() {
        return root;
    }

    /** Creates {@value #SERVICE_USER} if missing; tolerates another JVM creating it at the same moment. */
    void ensureServiceUser() throws IOException, InterruptedException {
        if (!root || serviceUserExists()) {
            return;
        }
        try {
            Commands.runOrExplain(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                    SERVICE_USER), Duration.ofSeconds(30));
        } catch (IOException e) {
            if (!serviceUserExists()) {
                throw e;
            }
        }
    }

    private boolean serviceUserExists() throws InterruptedException {
        return Commands.succeeds(List.of("id", "-u", SERVICE_USER));
    }

    /** Prefixes a command so that it runs as the service user when we are root. */
    List<String> asServiceUser(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", SERVICE_USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Whether the service user can reach {@code dir} (every parent must be searchable for it). */
    boolean serviceUserCanTraverse(Path dir) throws InterruptedException {
        return !root || Commands.succeeds(asServiceUser(List.of("test", "-x", dir.toString())));
    }

    /** Hands {@code dir} and everything under it to the service user. */
    void giveToServiceUser(Path dir) throws IOException, InterruptedException {
        if (root) {
            Commands.runOrExplain(List.of("chown", "-R", SERVICE_USER + ":", dir.toString()), Duration.ofSeconds(60));
        }
    }
}
