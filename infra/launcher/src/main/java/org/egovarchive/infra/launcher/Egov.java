package org.egovarchive.infra.launcher;

import org.egovarchive.infra.stack.ComponentStatus;
import org.egovarchive.infra.stack.Daemon;
import org.egovarchive.infra.stack.HealthCheck;
import org.egovarchive.infra.stack.LocalStack;
import org.egovarchive.infra.stack.StackConfig;
import org.egovarchive.infra.stack.StackEndpoints;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./egov up | demo | down | status | reset}. {@code up} starts PostgreSQL, Elasticsearch and Kafka
 * (persistent data under the work dir), then both applications, and returns leaving them running;
 * if anything fails — or Ctrl-C arrives — while starting, everything started so far is stopped.
 */
public final class Egov {

    private static final Duration APP_STOP_GRACE = Duration.ofSeconds(20);

    private final Settings settings;
    private final Console console = new Console();

    Egov(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        Egov egov = new Egov(Settings.from(System.getenv()));
        int status;
        try {
            status = switch (command) {
                case "up" -> egov.up();
                case "demo" -> egov.demo();
                case "down" -> egov.down();
                case "status" -> egov.status();
                case "reset" -> new ResetCommand(egov.settings, egov.console).run(List.of(args).contains("--yes"), egov::down);
                case "bench" -> egov.bench(args.length > 1 ? args[1] : "", args.length > 2 ? args[2] : null);
                case "rebuild" -> new RebuildCommand(egov.settings, egov.console).run();
                case "verify-projections" -> new ProjectionCheck(
                        StackEndpoints.readFrom(egov.settings.runDir().resolve("endpoints.properties")), egov.console).run();
                default -> usage();
            };
        } catch (LaunchFailed e) {
            System.err.println();
            System.err.println("FAILED: " + e.getMessage());
            status = 1;
        } catch (Exception | Error e) {
            // exit even when a benchmark's client threads are still alive
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    int up() {
        List<App> apps = App.both(settings);
        stopApps(apps, false);
        console.step("stack", "starting in " + settings.workDir());
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stopAll = () -> {
            if (stopped.compareAndSet(false, true)) {
                stopApps(apps, true);
                LocalStack.stop(settings.workDir(), console::line);
            }
        };
        Thread onInterrupt = new Thread(() -> {
            console.line("interrupted: stopping what was started");
            stopAll.run();
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            LocalStack stack = startStack();
            startApps(apps, stack.endpoints());
        } catch (LaunchFailed e) {
            stopAll.run();
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already stopping everything
            }
        }
        console.line("");
        console.line("egov-archive is up in " + console.sinceStart() + ":");
        console.line("  public site      " + settings.queryUrl() + "/search");
        console.line("  search API       " + settings.queryUrl() + "/api/search?q=...");
        console.line("  staff API        " + settings.commandUrl() + "/api/documents (HTTP Basic, demo accounts, password in EGOV_DEMO_PASSWORD)");
        console.line("  logs             " + settings.logDir());
        console.line("  stop with        ./egov down");
        return 0;
    }

    int demo() {
        up();
        new DemoLoad(settings, console).run();
        return 0;
    }

    int down() {
        stopApps(App.both(settings), true);
        LocalStack.stop(settings.workDir(), console::line);
        console.line("stopped");
        return 0;
    }

    int status() {
        for (ComponentStatus component : LocalStack.status(settings.workDir())) {
            print(component.name(), component.running(), component.pid(), component.port(), component.rssKb());
        }
        for (App app : App.both(settings)) {
            Daemon daemon = app.daemon();
            print(app.name(), daemon.isRunning(), daemon.pid().orElse(0), app.port(), daemon.rssKb());
        }
        return 0;
    }

    int bench(String which, String size) throws Exception {
        switch (which) {
            case "documents" -> new DocumentsBenchmark(console).run(settings);
            case "stats" -> new StatsBenchmark(console).run(settings, size == null ? 1_000_000 : Integer.parseInt(size));
            case "search" -> new SearchBenchmark(console).run(settings, size == null ? 100_000 : Integer.parseInt(size));
            default -> {
                System.out.println("usage: ./egov bench documents | stats [letters] | search [documents]");
                return 2;
            }
        }
        return 0;
    }

    private void print(String name, boolean running, long pid, int port, long rssKb) {
        console.line(running
                ? String.format("%-14s running  pid %-8d port %-6d rss %d MB", name, pid, port, rssKb / 1024)
                : String.format("%-14s stopped", name));
    }

    private LocalStack startStack() {
        try {
            return LocalStack.start(StackConfig.persistent(settings.workDir(), settings.portOffset()), console::line);
        } catch (RuntimeException e) {
            throw new LaunchFailed(e.getMessage(), e);
        }
    }

    private void startApps(List<App> apps, StackEndpoints endpoints) {
        ExecutorService pool = Executors.newFixedThreadPool(apps.size());
        try {
            List<Future<Duration>> started = new ArrayList<>();
            for (App app : apps) {
                console.step(app.name(), "starting…");
                started.add(pool.submit(() -> app.start(endpoints)));
            }
            for (int i = 0; i < apps.size(); i++) {
                App app = apps.get(i);
                Duration took = awaitStart(app, started.get(i));
                console.step(app.name(), "ready in " + Console.seconds(took) + " (pid " + app.daemon().pid().orElse(0)
                        + ", 127.0.0.1:" + app.port() + ")");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Duration awaitStart(App app, Future<Duration> start) {
        try {
            return start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailed(app.name() + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof HealthCheck.Failed || cause instanceof IOException ? cause.getMessage() : String.valueOf(cause);
            throw new LaunchFailed(app.name() + " did not start: " + why + "; see its log " + app.logFile(), cause);
        }
    }

    private void stopApps(List<App> apps, boolean report) {
        for (App app : apps) {
            if (app.daemon().stop(APP_STOP_GRACE) && report) {
                console.step(app.name(), "stopped");
            }
        }
    }

    private static int usage() {
        System.out.println("""
                usage: ./egov <command>
                  up       start PostgreSQL, Elasticsearch, Kafka and both applications (data in .egov/)
                  demo     up, then load the demo data (idempotent)
                  down     stop everything
                  status   what runs, with pids, ports and memory
                  reset    stop everything, delete the local stack's data and passwords (asks; --yes does not)
                  rebuild  rebuild every read model from the event topic, blue/green (no downtime)
                  verify-projections  compare the read models with the event store
                  test     run all tests (unit and integration)""");
        return 2;
    }

    /** Starting failed; the message names the component and where to look. */
    static final class LaunchFailed extends RuntimeException {
        LaunchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
