package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./egov up|status|down} relies on: servers that outlive the JVM and keep their data. */
class PersistentStackIT {

    /** Mode 700, like a checkout under /root: as root, the service user cannot enter it. */
    @TempDir
    Path workDir;

    private final List<String> progress = new CopyOnWriteArrayList<>();

    @AfterEach
    void removeEverything() {
        LocalStack.stop(workDir, progress::add);
        LocalStack.reset(workDir, progress::add);
    }

    @Test
    void a_persistent_stack_outlives_its_start_keeps_its_data_and_is_stopped_through_its_work_dir() throws Exception {
        StackConfig config = persistentOnFreePorts();

        StackEndpoints first = LocalStack.start(config, this::record).endpoints();
        execute(first, "create table kept (id int); insert into kept values (42)");

        assertThat(StackEndpoints.readFrom(workDir.resolve("run/endpoints.properties"))).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workDir.resolve("secrets.properties"))))
                .isEqualTo("rw-------");
        assertOnlyItsOwnerReadsTheData(StackRecord.read(workDir).orElseThrow().layout());
        List<ComponentStatus> running = LocalStack.status(workDir);
        assertThat(running).allSatisfy(status -> assertThat(status.running()).isTrue());
        if (OsUser.current().isRoot()) {
            assertThat(progress).anySatisfy(line -> assertThat(line).contains("cannot enter", Layout.RELOCATION_ROOT));
        }

        progress.clear();
        assertThat(LocalStack.start(config, this::record).endpoints()).isEqualTo(first);
        assertThat(progress).filteredOn(line -> line.contains("already running")).hasSize(3);

        LocalStack.stop(workDir, this::record);
        assertThat(LocalStack.status(workDir)).allSatisfy(status -> assertThat(status.running()).isFalse());
        assertThat(workDir.resolve("run/endpoints.properties")).doesNotExist();

        StackEndpoints second = LocalStack.start(config, this::record).endpoints();
        assertThat(second).as("same passwords after a restart").isEqualTo(first);
        assertThat(queryInt(second, "select id from kept")).isEqualTo(42);
    }

    @Test
    void data_whose_passwords_are_gone_or_wrong_is_refused_in_one_line_until_a_reset() throws Exception {
        StackConfig config = persistentOnFreePorts();
        LocalStack.start(config, this::record);
        LocalStack.stop(workDir, this::record);
        Layout layout = StackRecord.read(workDir).orElseThrow().layout();

        Path secrets = workDir.resolve("secrets.properties");
        Files.writeString(secrets, Files.readString(secrets).replaceFirst("postgres.password=.*", "postgres.password=wrong"));
        assertThatThrownBy(() -> LocalStack.start(config, this::record)).isInstanceOf(StackStartException.class)
                .message().startsWith("postgres failed to start: " + layout.postgresHome() + " holds the database")
                .contains("do not open it: ./egov reset deletes");

        // a fresh clone at the same path: nothing of the old work dir, while relocated data lives on
        for (String gone : List.of("secrets.properties", "run", "kafka")) {
            StackFiles.deleteTree(workDir.resolve(gone));
        }
        assertThatThrownBy(() -> LocalStack.start(config, this::record)).isInstanceOf(StackStartException.class)
                .hasMessage("stack failed to start: " + StackData.mismatch(layout, "its passwords ("
                        + workDir.resolve("secrets.properties") + ") are gone"));
        assertThat(workDir.resolve("secrets.properties")).as("no new passwords beside the old data").doesNotExist();

        assertThat(LocalStack.reset(workDir, this::record)).contains(layout.postgresHome());
        assertThat(layout.postgresHome()).doesNotExist();
        assertThatNoException().as("the next start begins afresh").isThrownBy(() -> StackData.requireSecrets(layout));
    }

    /** Every server's home (data, logs, settings with passwords) is its owner's; the work dir lists for nobody else. */
    private void assertOnlyItsOwnerReadsTheData(Layout layout) throws IOException {
        List<Path> homes = new ArrayList<>(List.of(layout.postgresHome(), layout.postgresHome().resolve("data"),
                layout.elasticsearchHome(), layout.kafkaHome()));
        if (layout.isRelocated()) {
            homes.add(layout.dataRoot());
        }
        assertThat(homes).allSatisfy(home -> assertThat(mode(home)).as(home.toString()).isEqualTo("rwx------"));
        assertThat(mode(layout.kafkaHome().resolve("server.properties"))).isEqualTo("rw-------");
        assertThat(mode(workDir)).isIn("rwx------", "rwx--x--x");
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StackConfig persistentOnFreePorts() {
        StackConfig free = StackConfig.throwaway();
        return new StackConfig(workDir, false, free.postgresPort(), free.elasticsearchPort(),
                free.elasticsearchTransportPort(), free.kafkaPort(), free.kafkaControllerPort());
    }

    private void record(String line) {
        progress.add(line);
        System.out.println(line);
    }

    private static void execute(StackEndpoints endpoints, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.ownerUser(),
                endpoints.ownerPassword())) {
            c.createStatement().execute(sql);
        }
    }

    private static int queryInt(StackEndpoints endpoints, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.ownerUser(),
                endpoints.ownerPassword()); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
