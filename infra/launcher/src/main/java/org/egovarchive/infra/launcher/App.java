package org.egovarchive.infra.launcher;

import org.egovarchive.infra.stack.Daemon;
import org.egovarchive.infra.stack.HealthCheck;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.StackEndpoints;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One of the two Spring Boot applications, run from its executable jar as a daemon with a 512 MB
 * heap. Connection settings (with passwords) go in through the environment, not the command line,
 * where any local user could read them; each application is its own principal to Kafka. The command side's migrations run first, as a process of their
 * own with the database owner's password; the application itself only gets the application role's.
 */
final class App {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration MIGRATION_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Path jar;
    private final int port;
    private final boolean migratesFirst;
    private final KafkaPrincipal kafkaPrincipal;
    private final Settings settings;

    App(String name, String module, int port, boolean migratesFirst, KafkaPrincipal kafkaPrincipal, Settings settings) {
        this.name = name;
        this.jar = settings.home().resolve(module).resolve("target").resolve("egov-" + module + "-0.1.0-SNAPSHOT-exec.jar");
        this.port = port;
        this.migratesFirst = migratesFirst;
        this.kafkaPrincipal = kafkaPrincipal;
        this.settings = settings;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Daemon daemon() {
        return new Daemon(name, settings.runDir().resolve(name + ".pid"), jar.toString());
    }

    Path logFile() {
        return settings.logDir().resolve(name + ".log");
    }

    /** Starts the application and waits until it reports healthy; returns how long that took. */
    Duration start(StackEndpoints endpoints) throws IOException, InterruptedException, HealthCheck.Failed {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        long started = System.nanoTime();
        Files.createDirectories(settings.logDir());
        // the work dir may be passable for the database's service user; the logs are nobody else's business
        Files.setPosixFilePermissions(settings.logDir(), PosixFilePermissions.fromString("rwx------"));
        if (migratesFirst) {
            migrate(endpoints);
        }
        Daemon daemon = Daemon.builder(name)
                .command(List.of(javaBinary(), "-Xms128m", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                        "-Dfile.encoding=UTF-8", "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()))
                .environment(Map.of("SPRING_APPLICATION_JSON", applicationJson(endpoints),
                        "EGOV_DEMO_PASSWORD", settings.demoPassword(),
                        "EGOV_SEALS_KEYSTORE", settings.workDir().resolve("seals.p12").toString(),
                        "EGOV_SEALS_KEYSTORE_PASSWORD", settings.sealKeyStorePassword(),
                        "AXONIQ_UPDATE_CHECKER_DISABLED", "true"))
                .workingDir(settings.workDir())
                .logFile(logFile())
                .pidFile(daemon().pidFile())
                .cmdlineMarker(jar.toString())
                .start();
        HealthCheck.await(name, STARTUP_TIMEOUT, this::healthy, daemon::isRunning);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** {@code java -jar … migrate}, as the owner role, until it exits; its output goes to its own log. */
    private void migrate(StackEndpoints endpoints) throws IOException, InterruptedException {
        Path log = settings.logDir().resolve(name + "-migrate.log");
        ProcessBuilder migration = new ProcessBuilder(javaBinary(), "-Xmx256m", "-Dfile.encoding=UTF-8", "-jar",
                jar.toString(), "migrate").directory(settings.workDir().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        migration.environment().putAll(endpoints.migrationEnvironment());
        Process process = migration.start();
        if (!process.waitFor(MIGRATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("migrations did not end within " + MIGRATION_TIMEOUT.toSeconds() + " s; see " + log);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IOException((lines.isEmpty() ? "migrations failed" : lines.get(lines.size() - 1)) + "; see " + log);
        }
    }

    boolean healthy() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"UP\"");
    }

    private String applicationJson(StackEndpoints endpoints) throws IOException {
        Map<String, String> properties = new TreeMap<>(endpoints.springProperties(kafkaPrincipal));
        properties.put("server.port", String.valueOf(port));
        properties.put("egov.demo.enabled", "true");
        properties.put("egov.public-base-url", settings.queryUrl());
        return new ObjectMapper().writeValueAsString(properties);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<App> both(Settings settings) {
        List<App> apps = new ArrayList<>();
        apps.add(new App("command-side", "command-side", settings.commandPort(), true, KafkaPrincipal.COMMAND_SIDE, settings));
        apps.add(new App("query-side", "query-side", settings.queryPort(), false, KafkaPrincipal.QUERY_SIDE, settings));
        return apps;
    }
}
