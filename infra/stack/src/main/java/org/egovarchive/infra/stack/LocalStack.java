package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PostgreSQL, Elasticsearch and Kafka on loopback, each in its own OS process, started in parallel.
 * A persistent stack's servers outlive this JVM and are found again through their pid files by
 * {@link #stop(Path, Consumer)} and {@link #status(Path)}; a throwaway stack is removed by
 * {@link #close()}, or by its watchdog if this JVM dies first.
 */
public final class LocalStack implements AutoCloseable {

    private final StackRecord record;
    private final List<Component> components;
    private final Consumer<String> progress;
    private final Thread shutdownHook = new Thread(this::abort, "egov-stack-shutdown");
    private volatile ParallelStart starting;
    private Daemon watchdog;
    private StackEndpoints endpoints;
    private boolean closed;

    private LocalStack(StackRecord record, List<Component> components, Consumer<String> progress) {
        this.record = record;
        this.components = components;
        this.progress = progress;
    }

    /**
     * Starts (or, for a persistent stack already running, adopts) all three servers and waits until each
     * answers its health check. If one fails, the others are stopped and a {@link StackStartException}
     * names the failed one and its log. A persistent stack writes {@code <workDir>/run/endpoints.properties}.
     *
     * @param progress receives lines such as {@code postgres      ready in 1.1 s (pid 123, 127.0.0.1:15432)};
     *                 called from several threads at once
     */
    public static LocalStack start(StackConfig config, Consumer<String> progress) {
        try {
            return startChecked(config, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("stack", List.of(), "start interrupted", e);
        }
    }

    /** Like {@link #start(StackConfig, Consumer)}, printing progress to stdout. */
    public static LocalStack start(StackConfig config) {
        return start(config, System.out::println);
    }

    private static LocalStack startChecked(StackConfig config, Consumer<String> progress)
            throws IOException, InterruptedException {
        OsUser user = OsUser.current();
        if (config.isThrowaway()) {
            ThrowawayStacks.reapLeftovers(progress);
            ThrowawayStacks.claim(config.workDir());
        }
        user.ensureServiceUser();
        Files.createDirectories(config.workDir());
        Layout layout = chooseLayout(config.workDir(), user, progress);
        restrictWorkDir(layout, user);
        if (!config.isThrowaway()) {
            StackData.requireSecrets(layout);
        }
        StackArtifacts artifacts = StackArtifacts.load();
        DistributionCache cache = DistributionCache.forUser(user);
        StackRecord record = new StackRecord(config, layout, cache.postgresDir(artifacts.postgresVersion()));
        record.write();
        Secrets secrets = config.isThrowaway() ? Secrets.fixed() : Secrets.loadOrCreate(layout.secretsFile());
        LocalStack stack = new LocalStack(record, components(record, user), progress);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            if (config.isThrowaway()) {
                stack.watchdog = ThrowawayStacks.startWatchdog(layout,
                        stack.components.stream().map(Component::cmdlineMarker).toList(), stack.ownedDirs());
            }
            stack.starting = new ParallelStart(stack.components,
                    new Component.StartContext(secrets, artifacts, cache, progress));
            stack.starting.run();
            stack.endpoints = stack.endpoints(secrets);
        } catch (RuntimeException | IOException | InterruptedException e) {
            stack.close();
            throw e;
        }
        if (!config.isThrowaway()) {
            stack.endpoints.writeTo(layout.endpointsFile());
            // from here on the servers are meant to outlive this JVM
            stack.removeShutdownHook();
        }
        return stack;
    }

    /** How to reach the servers. */
    public StackEndpoints endpoints() {
        return endpoints;
    }

    /** Stops the servers (Kafka, Elasticsearch, then PostgreSQL); a throwaway stack's files are deleted. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stopAll(components, progress);
        } finally {
            if (record.config().isThrowaway()) {
                if (watchdog != null) {
                    watchdog.stop(Duration.ofSeconds(5));
                }
                ownedDirs().forEach(LocalStack::delete);
            } else {
                delete(record.layout().endpointsFile());
            }
            removeShutdownHook();
        }
    }

    /** Stops a persistent stack started by any JVM, found through the files in {@code workDir}. */
    public static void stop(Path workDir, Consumer<String> progress) {
        Optional<StackRecord> record = StackRecord.read(workDir);
        if (record.isEmpty()) {
            progress.accept(Progress.line("stack", "nothing to stop: no stack was started in " + workDir));
            return;
        }
        stopAll(components(record.get(), OsUser.current()), progress);
        delete(record.get().layout().endpointsFile());
    }

    /** Whether each server of the stack in {@code workDir} runs, with pid, port and memory. */
    public static List<ComponentStatus> status(Path workDir) {
        return StackRecord.read(workDir)
                .map(record -> components(record, OsUser.current()).stream().map(Component::status).toList())
                .orElseGet(() -> List.of(PostgresServer.NAME, ElasticsearchServer.NAME, KafkaBroker.NAME).stream()
                        .map(name -> new ComponentStatus(name, false, 0, 0, 0)).toList());
    }

    /**
     * Stops the persistent stack of {@code workDir} and deletes its data and secrets — where it recorded them,
     * or, with no record (a fresh clone), wherever a stack of this work dir keeps them — so that the next start
     * begins afresh. Files of the launcher beside them are the launcher's to delete.
     *
     * @return what was deleted
     */
    public static List<Path> reset(Path workDir, Consumer<String> progress) {
        OsUser user = OsUser.current();
        Path postgresDist = DistributionCache.forUser(user).postgresDir(StackArtifacts.load().postgresVersion());
        List<Path> deleted = new ArrayList<>();
        for (Layout layout : StackData.candidates(workDir)) {
            StackConfig config = StackRecord.read(workDir).map(StackRecord::config)
                    .orElseGet(() -> StackConfig.persistent(layout.workDir(), 0));
            // a server left running on that data (its pid files went with a deleted checkout) is found by its command line
            stopAll(components(new StackRecord(config, layout, postgresDist), user), line -> {
                if (!line.endsWith("not running")) {
                    progress.accept(line);
                }
            });
            deleted.addAll(StackData.delete(layout, progress));
        }
        return deleted;
    }

    /** Removes a throwaway stack whose JVM is gone. */
    static void stopAndDelete(Path workDir, Consumer<String> progress) {
        Optional<StackRecord> record = StackRecord.read(workDir);
        record.ifPresent(found -> stopAll(components(found, OsUser.current()), progress));
        delete(workDir);
        record.filter(found -> found.layout().isRelocated())
                .ifPresent(found -> delete(found.layout().dataRoot()));
    }

    private static List<Component> components(StackRecord record, OsUser user) {
        return List.of(new PostgresServer(record.config(), record.layout(), user, record.postgresDist()),
                new ElasticsearchServer(record.config(), record.layout(), user),
                new KafkaBroker(record.config(), record.layout()));
    }

    /** In reverse start order: clients of PostgreSQL and Elasticsearch may still be talking to Kafka. */
    private static void stopAll(List<Component> components, Consumer<String> progress) {
        List<Component> reversed = new ArrayList<>(components);
        Collections.reverse(reversed);
        RuntimeException failure = null;
        for (Component component : reversed) {
            long begin = System.nanoTime();
            try {
                boolean wasRunning = component.stop();
                progress.accept(Progress.line(component.name(), wasRunning
                        ? "stopped in " + Progress.seconds(Duration.ofNanos(System.nanoTime() - begin))
                        : "not running"));
            } catch (Exception e) {
                progress.accept(Progress.line(component.name(), "could not be stopped: " + e.getMessage()));
                if (failure == null) {
                    failure = new IllegalStateException(component.name() + " could not be stopped", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Layout chooseLayout(Path workDir, OsUser user, Consumer<String> progress)
            throws IOException, InterruptedException {
        Optional<Layout> earlier = StackRecord.read(workDir).map(StackRecord::layout)
                .filter(layout -> Files.isDirectory(layout.dataRoot()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (user.serviceUserCanTraverse(workDir)) {
            return Layout.inPlace(workDir);
        }
        Layout layout = Layout.relocated(workDir);
        Files.createDirectories(layout.dataRoot());
        StackFiles.restrictToOwner(layout.dataRoot());
        user.giveToServiceUser(layout.dataRoot());
        progress.accept(Progress.line("stack", "user " + OsUser.SERVICE_USER + " cannot enter " + workDir
                + ": PostgreSQL and Elasticsearch data go to " + layout.dataRoot()));
        return layout;
    }

    /**
     * The work dir holds passwords and, in place, the servers' homes: no other user may list it. Run as root
     * with the data in place, the service user must still pass through it to reach its homes (mode 0711);
     * every home and secret inside is its owner's only.
     */
    private static void restrictWorkDir(Layout layout, OsUser user) throws IOException {
        Files.setPosixFilePermissions(layout.workDir(), PosixFilePermissions.fromString(
                user.isRoot() && !layout.isRelocated() ? "rwx--x--x" : "rwx------"));
    }

    private List<Path> ownedDirs() {
        Layout layout = record.layout();
        return layout.isRelocated() ? List.of(layout.workDir(), layout.dataRoot()) : List.of(layout.workDir());
    }

    private StackEndpoints endpoints(Secrets secrets) {
        StackConfig config = record.config();
        String elasticsearchVersion = components.stream().filter(ElasticsearchServer.class::isInstance)
                .map(component -> ((ElasticsearchServer) component).version()).findFirst().orElseThrow();
        return new StackEndpoints(PostgresRoles.jdbcUrl(config.postgresPort(), PostgresRoles.DATABASE),
                PostgresRoles.OWNER, secrets.owner(), PostgresRoles.APP, secrets.app(),
                "http://127.0.0.1:" + config.elasticsearchPort(), elasticsearchVersion,
                "127.0.0.1:" + config.kafkaPort(), kafkaPasswords(secrets));
    }

    private static Map<KafkaPrincipal, String> kafkaPasswords(Secrets secrets) {
        Map<KafkaPrincipal, String> passwords = new EnumMap<>(KafkaPrincipal.class);
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            passwords.put(principal, secrets.kafka(principal));
        }
        return passwords;
    }

    /** Ctrl-C while starting, or the end of a JVM that never closed its throwaway stack. */
    private void abort() {
        ParallelStart running = starting;
        if (running != null) {
            running.cancel();
        }
        close();
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }

    private static void delete(Path path) {
        try {
            StackFiles.deleteTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
