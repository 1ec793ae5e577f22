package org.egovarchive.infra.launcher;

import org.egovarchive.infra.stack.LocalStack;
import org.egovarchive.infra.stack.StackConfig;
import org.egovarchive.infra.stack.StackEndpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A throwaway stack with both applications from their jars, for a benchmark: everything a real
 * deployment runs, on this machine, deleted when the benchmark ends.
 */
final class BenchmarkStack implements AutoCloseable {

    private final LocalStack stack;
    private final List<App> apps;
    private final Settings settings;

    private BenchmarkStack(LocalStack stack, List<App> apps, Settings settings) {
        this.stack = stack;
        this.apps = apps;
        this.settings = settings;
    }

    static BenchmarkStack start(Settings home, Console console) {
        LocalStack stack = LocalStack.start(StackConfig.throwaway(), console::line);
        try {
            Settings settings = new Settings(home.home(), Files.createTempDirectory("egov-bench"), 0, freePort(), freePort(),
                    home.demoPassword());
            List<App> apps = App.both(settings);
            List<CompletableFuture<Duration>> started = apps.stream().map(app -> CompletableFuture.supplyAsync(() -> {
                try {
                    return app.start(stack.endpoints());
                } catch (Exception e) {
                    throw new IllegalStateException(app.name() + " did not start; see " + app.logFile(), e);
                }
            })).toList();
            BenchmarkStack running = new BenchmarkStack(stack, apps, settings);
            try {
                started.forEach(CompletableFuture::join);
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            console.line("benchmark stack up: command side " + settings.commandUrl() + ", query side " + settings.queryUrl());
            return running;
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        }
    }

    Settings settings() {
        return settings;
    }

    StackEndpoints endpoints() {
        return stack.endpoints();
    }

    @Override
    public void close() {
        apps.forEach(app -> app.daemon().stop(Duration.ofSeconds(20)));
        stack.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
