package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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
    void removeEverything() throws IOException {
        LocalStack.stop(workDir, progress::add);
        Optional<StackRecord> record = StackRecord.read(workDir);
        if (record.isPresent() && record.get().layout().isRelocated()) {
            StackFiles.deleteTree(record.get().layout().dataRoot());
        }
    }

    @Test
    void a_persistent_stack_outlives_its_start_keeps_its_data_and_is_stopped_through_its_work_dir() throws Exception {
        StackConfig config = persistentOnFreePorts();

        StackEndpoints first = LocalStack.start(config, this::record).endpoints();
        execute(first, "create table kept (id int); insert into kept values (42)");

        assertThat(StackEndpoints.readFrom(workDir.resolve("run/endpoints.properties"))).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workDir.resolve("secrets.properties"))))
                .isEqualTo("rw-------");
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
