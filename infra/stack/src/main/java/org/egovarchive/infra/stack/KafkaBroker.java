package org.egovarchive.infra.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka KRaft broker in its own JVM, run from the jars Maven resolved for this module, so it
 * outlives the JVM that started it. Every client authenticates and is authorized by ACL ({@link KafkaAccess});
 * a running broker whose settings differ from this start's (an earlier version's) is restarted.
 */
final class KafkaBroker implements Component {

    static final String NAME = "kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final StackConfig config;
    private final Path home;
    private final Path serverProperties;
    private final Path log;
    private final Path pidFile;

    KafkaBroker(StackConfig config, Layout layout) {
        this.config = config;
        this.home = layout.kafkaHome();
        this.serverProperties = home.resolve("server.properties");
        this.log = home.resolve("kafka.log");
        this.pidFile = layout.pidFile(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Path> logFiles() {
        return List.of(log);
    }

    @Override
    public String cmdlineMarker() {
        return "kafka.Kafka " + serverProperties;
    }

    private Daemon daemon() {
        return new Daemon(NAME, pidFile, cmdlineMarker());
    }

    @Override
    public Started start(StartContext context) throws Exception {
        long begin = System.nanoTime();
        Secrets secrets = context.secrets();
        Path data = home.resolve("data");
        String settings = KafkaSettings.serverProperties(config.kafkaPort(), config.kafkaControllerPort(), data,
                secrets.kafkaAdmin());
        boolean adopted = daemon().isRunning();
        if (adopted && !settings.equals(Files.readString(serverProperties))) {
            // a broker started with other settings (an earlier version's, without authentication): restart it
            daemon().stopIncludingStrays(Duration.ofSeconds(30));
            adopted = false;
        }
        if (!adopted) {
            Files.createDirectories(data);
            StackFiles.restrictToOwner(home);
            StackFiles.writePrivate(serverProperties, settings);
            String classpath = context.artifacts().kafkaClasspath();
            if (!Files.exists(data.resolve("meta.properties"))) {
                Commands.run("kafka-storage format", java(classpath, "kafka.tools.StorageTool", "format", "-t",
                        clusterId(), "-c", serverProperties.toString()), home, log, START_TIMEOUT);
            }
            Daemon.builder(NAME).command(java(classpath, "kafka.Kafka", serverProperties.toString()))
                    .workingDir(home).logFile(log).pidFile(pidFile).cmdlineMarker(cmdlineMarker()).start();
        }
        Duration left = START_TIMEOUT.minusNanos(System.nanoTime() - begin);
        Duration timeout = left.isNegative() ? Duration.ofSeconds(1) : left;
        // the admin client logs a warning per refused connection: only create it once the port listens
        HealthCheck.await(NAME, timeout, this::listening, daemon()::isRunning);
        try (Admin admin = Admin.create(adminConfig(KafkaPrincipal.ADMIN, secrets))) {
            HealthCheck.await(NAME, timeout,
                    () -> !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty(), daemon()::isRunning);
            KafkaAccess.apply(admin, secrets);
        }
        // a new SCRAM credential takes effect once the broker has applied the metadata record
        try (Admin app = Admin.create(adminConfig(KafkaPrincipal.QUERY_SIDE, secrets))) {
            HealthCheck.await(NAME + " credentials", timeout,
                    () -> !app.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty(), daemon()::isRunning);
        }
        long pid = daemon().pid().orElseThrow(() -> new IllegalStateException("the broker exited"));
        return new Started(pid, bootstrapServers(), adopted);
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.kafkaPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + config.kafkaPort();
    }

    /** Generated once and kept, like the distribution's scripts do with {@code random-uuid}. */
    private String clusterId() throws IOException {
        Path file = home.resolve("cluster.id");
        if (!Files.exists(file)) {
            Files.writeString(file, Uuid.randomUuid() + "\n");
        }
        return Files.readString(file).trim();
    }

    private static List<String> java(String classpath, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx384m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                // slf4j-simple writes to stderr, which goes to the log; only warnings and the start banner
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                "-Dorg.slf4j.simpleLogger.log.kafka.tools.StorageTool=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-cp", classpath, mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Map<String, Object> adminConfig(KafkaPrincipal principal, Secrets secrets) {
        Map<String, Object> config = new HashMap<>(KafkaAccess.client(principal, secrets.kafka(principal)));
        config.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 100));
        return config;
    }

    @Override
    public boolean stop() {
        return daemon().stopIncludingStrays(Duration.ofSeconds(30));
    }

    @Override
    public ComponentStatus status() {
        Daemon daemon = daemon();
        long pid = daemon.pid().orElse(0);
        return new ComponentStatus(NAME, pid > 0, pid, config.kafkaPort(), daemon.rssKb());
    }
}
