package org.egovarchive.infra.launcher;

import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Both applications, run from their executable jars against the local stack of this test JVM,
 * started once for all end-to-end tests and stopped at the very end. Register after
 * {@link LocalStackExtension}.
 */
public class RunningApps implements BeforeAllCallback {

    private static volatile Settings settings;

    public static Settings settings() {
        return settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningApps.class, key -> start(), Apps.class);
    }

    private static Apps start() {
        try {
            Settings started = new Settings(checkout(), Files.createTempDirectory("egov-e2e"), 0, freePort(), freePort(), "demo");
            List<App> apps = App.both(started);
            List<CompletableFuture<Duration>> starting = new ArrayList<>();
            for (App app : apps) {
                starting.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return app.start(LocalStackExtension.endpoints());
                    } catch (Exception e) {
                        throw new IllegalStateException(app.name() + " did not start; log: " + app.logFile(), e);
                    }
                }));
            }
            Apps running = new Apps(apps);
            try {
                starting.forEach(CompletableFuture::join);
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            settings = started;
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops both applications when the root context closes. */
    private record Apps(List<App> apps) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            apps.forEach(app -> app.daemon().stop(Duration.ofSeconds(20)));
        }
    }

    private static Path checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("command-side"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the checkout");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
