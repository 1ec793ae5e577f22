package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a stack keeps its files and which loopback ports it binds.
 *
 * @param workDir                    root of the stack's files (pid files, secrets, data unless relocated)
 * @param isThrowaway                test mode: fast unsafe durability, random ports, everything deleted on close
 *                                   (not {@code throwaway}: that name belongs to the factory method)
 * @param postgresPort               PostgreSQL port
 * @param elasticsearchPort          Elasticsearch HTTP port
 * @param elasticsearchTransportPort Elasticsearch transport port
 * @param kafkaPort                  Kafka client (PLAINTEXT) port
 * @param kafkaControllerPort        Kafka KRaft controller port
 */
public record StackConfig(Path workDir, boolean isThrowaway, int postgresPort, int elasticsearchPort,
                          int elasticsearchTransportPort, int kafkaPort, int kafkaControllerPort) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_ELASTICSEARCH_PORT = 19200;
    public static final int DEFAULT_ELASTICSEARCH_TRANSPORT_PORT = 19300;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;

    public StackConfig {
        Objects.requireNonNull(workDir, "workDir");
        workDir = workDir.toAbsolutePath().normalize();
    }

    /**
     * A stack whose data outlives its processes, on the default ports shifted by {@code portOffset}
     * (0 normally; another checkout on the same machine runs beside this one with, say, 100).
     */
    public static StackConfig persistent(Path workDir, int portOffset) {
        return new StackConfig(workDir, false, DEFAULT_POSTGRES_PORT + portOffset, DEFAULT_ELASTICSEARCH_PORT + portOffset,
                DEFAULT_ELASTICSEARCH_TRANSPORT_PORT + portOffset, DEFAULT_KAFKA_PORT + portOffset,
                DEFAULT_KAFKA_CONTROLLER_PORT + portOffset);
    }

    /** A stack for one test JVM: a fresh directory under {@code java.io.tmpdir} and free ports. */
    public static StackConfig throwaway() {
        Path dir = ThrowawayStacks.root().resolve(UUID.randomUUID().toString().substring(0, 8));
        int[] ports = freePorts(5);
        return new StackConfig(dir, true, ports[0], ports[1], ports[2], ports[3], ports[4]);
    }

    /** Holds all sockets open until every port is chosen, so the five ports differ. */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        } finally {
            sockets.forEach(StackConfig::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port was only probed
        }
    }
}
