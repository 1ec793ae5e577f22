package org.egovarchive.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL from the zonky binaries: {@code initdb} on first start, then {@code pg_ctl}. The pid comes
 * from PostgreSQL's own {@code postmaster.pid}, which it keeps accurate itself.
 */
final class PostgresServer implements Component {

    static final String NAME = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /** PostgreSQL's SQLSTATE for a password it does not accept. */
    private static final String INVALID_PASSWORD = "28P01";

    private final StackConfig config;
    private final Layout layout;
    private final OsUser user;
    private final Path dist;
    private final Path home;
    private final Path data;
    private final Path log;

    PostgresServer(StackConfig config, Layout layout, OsUser user, Path dist) {
        this.config = config;
        this.layout = layout;
        this.user = user;
        this.dist = dist;
        this.home = layout.postgresHome();
        this.data = home.resolve("data");
        this.log = home.resolve("postgres.log");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Path> logFiles() {
        return List.of(log);
    }

    /** The postmaster's command line as pg_ctl builds it; pg_ctl's own line has "pg_ctl -D" instead. */
    @Override
    public String cmdlineMarker() {
        return "postgres -D " + data;
    }

    private Daemon daemon() {
        return new Daemon(NAME, data.resolve("postmaster.pid"), cmdlineMarker());
    }

    @Override
    public Started start(StartContext context) throws Exception {
        long begin = System.nanoTime();
        boolean adopted = daemon().isRunning();
        if (!adopted) {
            Path installed = context.cache().postgres(context.artifacts().postgresVersion(),
                    context.artifacts().postgresJar());
            if (!installed.equals(dist)) {
                throw new IllegalStateException("PostgreSQL unpacked to " + installed + ", expected " + dist);
            }
            prepareHome();
            if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
                initdb(context.secrets());
            }
            pgCtl("start", List.of("-l", log.toString(), "-w", "-t", Long.toString(START_TIMEOUT.toSeconds()),
                    "-o", serverOptions()), START_TIMEOUT.plusSeconds(5));
        }
        Duration left = START_TIMEOUT.minusNanos(System.nanoTime() - begin);
        HealthCheck.await(NAME, left.isNegative() ? Duration.ofSeconds(1) : left,
                () -> ping(context.secrets()), daemon()::isRunning);
        PostgresRoles.ensure(config.postgresPort(), context.secrets());
        long pid = daemon().pid().orElseThrow(() -> new IllegalStateException("postmaster.pid vanished"));
        return new Started(pid, "127.0.0.1:" + config.postgresPort(), adopted);
    }

    private boolean ping(Secrets secrets) throws SQLException {
        try {
            return PostgresRoles.ping(config.postgresPort(), secrets);
        } catch (SQLException e) {
            if (INVALID_PASSWORD.equals(e.getSQLState())) {
                throw new HealthCheck.Refused(StackData.mismatch(layout,
                        "the passwords in " + layout.secretsFile() + " do not open it"), e);
            }
            throw e;
        }
    }

    private void prepareHome() throws IOException, InterruptedException {
        Files.createDirectories(home);
        StackFiles.restrictToOwner(home);
        // pg_ctl opens the log as the service user: it must not be created by root first
        if (!Files.exists(log)) {
            Files.createFile(log);
        }
        user.giveToServiceUser(home);
    }

    private void initdb(Secrets secrets) throws IOException, InterruptedException {
        Path pwfile = home.resolve(".pwfile");
        Files.deleteIfExists(pwfile);
        Files.createFile(pwfile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, secrets.superuser() + "\n");
            user.giveToServiceUser(pwfile);
            List<String> command = new ArrayList<>(List.of(dist.resolve("bin/initdb").toString(), "-D", data.toString(),
                    "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth=scram-sha-256",
                    "--pwfile=" + pwfile));
            if (config.isThrowaway()) {
                command.add("--no-sync");
            }
            Commands.run("initdb", user.asServiceUser(command), home, log, Duration.ofSeconds(60));
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    private String serverOptions() {
        String options = "-p " + config.postgresPort() + " -h 127.0.0.1 -k " + data;
        // test data is thrown away: durability would only cost time
        return config.isThrowaway()
                ? options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                : options;
    }

    private void pgCtl(String action, List<String> options, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("setsid", "-w"));
        List<String> pgCtl = new ArrayList<>(List.of(dist.resolve("bin/pg_ctl").toString(), "-D", data.toString()));
        pgCtl.addAll(options);
        pgCtl.add(action);
        command.addAll(user.asServiceUser(pgCtl));
        Commands.run("pg_ctl " + action, command, home, log, timeout);
    }

    @Override
    public boolean stop() throws Exception {
        Daemon daemon = daemon();
        if (!daemon.isRunning()) {
            return false;
        }
        try {
            pgCtl("stop", List.of("-m", "fast", "-w", "-t", "60"), Duration.ofSeconds(70));
        } catch (IOException e) {
            // pg_ctl could not do it (binaries gone, say): signals still can
            daemon.stopIncludingStrays(Duration.ofSeconds(30));
        }
        return true;
    }

    @Override
    public ComponentStatus status() {
        Daemon daemon = daemon();
        long pid = daemon.pid().orElse(0);
        return new ComponentStatus(NAME, pid > 0, pid, config.postgresPort(), daemon.rssKb());
    }
}
