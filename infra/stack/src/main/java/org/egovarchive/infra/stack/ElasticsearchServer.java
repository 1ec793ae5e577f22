package org.egovarchive.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Elasticsearch from the integ-test-zip distribution, started with {@code -d} so that it daemonises
 * itself; each start gets a fresh config dir copied from the distribution.
 */
final class ElasticsearchServer implements Component {

    static final String NAME = "elasticsearch";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final StackConfig config;
    private final OsUser user;
    private final Path home;
    private final Path conf;
    private final Path tmp;
    private final Path logs;
    private final Path pidFile;
    private String version;

    ElasticsearchServer(StackConfig config, Layout layout, OsUser user) {
        this.config = config;
        this.user = user;
        this.home = layout.elasticsearchHome();
        this.conf = home.resolve("config");
        this.tmp = home.resolve("tmp");
        this.logs = home.resolve("logs");
        this.pidFile = layout.pidFile(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Path> logFiles() {
        return List.of(logs.resolve("egov.log"), logs.resolve("console.log"));
    }

    /** ES_TMPDIR is the one per-stack path that shows on the server JVM's command line. */
    @Override
    public String cmdlineMarker() {
        return "-Djava.io.tmpdir=" + tmp;
    }

    private Daemon daemon() {
        return new Daemon(NAME, pidFile, cmdlineMarker());
    }

    /** The version that was started. */
    String version() {
        return version;
    }

    @Override
    public Started start(StartContext context) throws Exception {
        long begin = System.nanoTime();
        boolean adopted = daemon().isRunning();
        String details;
        if (adopted) {
            version = Files.readString(home.resolve("version")).trim();
            details = "Elasticsearch " + version;
        } else {
            ElasticsearchRuntime runtime = ElasticsearchRuntime.detect(context.artifacts().elasticsearchVersion(),
                    context.artifacts().elasticsearchFallbackVersion());
            if (runtime.fallback()) {
                context.progress().accept(Progress.line(NAME, "no Java " + ElasticsearchRuntime.MAIN_MIN_JAVA
                        + "+ found: running Elasticsearch " + runtime.version() + " on Java " + runtime.javaMajor()));
            }
            Path zip = runtime.fallback() ? context.artifacts().elasticsearchFallbackZip(context.progress())
                    : context.artifacts().elasticsearchZip();
            Path dist = context.cache().elasticsearch(runtime.version(), zip);
            version = runtime.version();
            prepare(dist);
            launch(dist, runtime.javaHome());
            details = "Elasticsearch " + version + " on Java " + runtime.javaMajor();
        }
        Duration left = START_TIMEOUT.minusNanos(System.nanoTime() - begin);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HealthCheck.await(NAME, left.isNegative() ? Duration.ofSeconds(1) : left, () -> healthy(http),
                daemon()::isRunning);
        long pid = daemon().pid().orElseThrow(() -> new IllegalStateException("Elasticsearch exited"));
        return new Started(pid, "127.0.0.1:" + config.elasticsearchPort() + ", " + details, adopted);
    }

    private void prepare(Path dist) throws IOException, InterruptedException {
        Files.createDirectories(home);
        // the data files themselves are created readable by all: the home keeps them private
        StackFiles.restrictToOwner(home);
        StackFiles.deleteTree(conf);
        copyTree(dist.resolve("config"), conf);
        Path data = home.resolve("data");
        Files.writeString(conf.resolve("elasticsearch.yml"), ElasticsearchSettings.yaml(config.elasticsearchPort(),
                config.elasticsearchTransportPort(), data, logs));
        Path jvmOptions = conf.resolve("jvm.options");
        Files.writeString(jvmOptions, ElasticsearchSettings.jvmOptions(Files.readString(jvmOptions), logs));
        Files.createDirectories(conf.resolve("jvm.options.d"));
        Files.writeString(conf.resolve("jvm.options.d/heap.options"), ElasticsearchSettings.heapOptions());
        for (Path dir : List.of(data, logs, tmp)) {
            Files.createDirectories(dir);
        }
        // the CLI's output is appended by this JVM, the server's logs are written by the service user
        Path console = logFiles().get(1);
        if (!Files.exists(console)) {
            Files.createFile(console);
        }
        Files.writeString(home.resolve("version"), version + "\n");
        Files.deleteIfExists(home.resolve("elasticsearch.pid"));
        user.giveToServiceUser(home);
    }

    private void launch(Path dist, Path javaHome) throws IOException, InterruptedException {
        Path ownPidFile = home.resolve("elasticsearch.pid");
        List<String> command = new ArrayList<>(List.of("setsid", "-w"));
        command.addAll(user.asServiceUser(List.of("env", "ES_JAVA_HOME=" + javaHome, "ES_PATH_CONF=" + conf,
                "ES_TMPDIR=" + tmp, dist.resolve("bin/elasticsearch").toString(), "-d", "-p", ownPidFile.toString())));
        // -d returns once the node is up; the working dir receives the JVM's relative gc and crash logs
        Commands.run("bin/elasticsearch -d", command, logs, logFiles().get(1), START_TIMEOUT);
        // the service user wrote that pid file where it may write; the stack's pid files are kept in run/
        daemon().recordPid(Long.parseLong(Files.readString(ownPidFile).trim()));
    }

    private boolean healthy(HttpClient client) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.elasticsearchPort()
                + "/_cluster/health?wait_for_status=yellow&timeout=1s")).timeout(Duration.ofSeconds(5)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public boolean stop() {
        return daemon().stopIncludingStrays(Duration.ofSeconds(30));
    }

    @Override
    public ComponentStatus status() {
        Daemon daemon = daemon();
        long pid = daemon.pid().orElse(0);
        return new ComponentStatus(NAME, pid > 0, pid, config.elasticsearchPort(), daemon.rssKb());
    }
}
