package org.egovarchive.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code stop} and {@code status} need to know about a stack started by another JVM: its ports,
 * where its data went and which PostgreSQL binaries run it. Kept in {@code run/stack.properties}.
 *
 * @param config       the stack's configuration
 * @param layout       where its files are
 * @param postgresDist the PostgreSQL distribution (for {@code pg_ctl stop})
 */
record StackRecord(StackConfig config, Layout layout, Path postgresDist) {

    void write() {
        Properties p = new Properties();
        p.setProperty("workDir", config.workDir().toString());
        p.setProperty("throwaway", Boolean.toString(config.isThrowaway()));
        p.setProperty("postgresPort", Integer.toString(config.postgresPort()));
        p.setProperty("elasticsearchPort", Integer.toString(config.elasticsearchPort()));
        p.setProperty("elasticsearchTransportPort", Integer.toString(config.elasticsearchTransportPort()));
        p.setProperty("kafkaPort", Integer.toString(config.kafkaPort()));
        p.setProperty("kafkaControllerPort", Integer.toString(config.kafkaControllerPort()));
        p.setProperty("dataRoot", layout.dataRoot().toString());
        p.setProperty("postgresDist", postgresDist.toString());
        StackFiles.writePrivateProperties(layout.stackFile(), p, "egov local stack: read by stop and status");
    }

    static Optional<StackRecord> read(Path workDir) {
        Path file = Layout.inPlace(workDir.toAbsolutePath().normalize()).stackFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = StackFiles.readProperties(file);
        StackConfig config = new StackConfig(Path.of(p.getProperty("workDir")),
                Boolean.parseBoolean(p.getProperty("throwaway")), port(p, "postgresPort"),
                port(p, "elasticsearchPort"), port(p, "elasticsearchTransportPort"), port(p, "kafkaPort"),
                port(p, "kafkaControllerPort"));
        Layout layout = new Layout(config.workDir(), Path.of(p.getProperty("dataRoot")));
        return Optional.of(new StackRecord(config, layout, Path.of(p.getProperty("postgresDist"))));
    }

    private static int port(Properties properties, String key) {
        return Integer.parseInt(properties.getProperty(key));
    }
}
