package org.egovarchive.infra.stack;

import java.nio.file.Path;

/** The configuration files written into each run's config dir. */
final class ElasticsearchSettings {

    private ElasticsearchSettings() {
    }

    /**
     * A single loopback node without security. The disk threshold is off because a developer's disk is
     * often fuller than a server's and the node would otherwise turn indices read-only.
     */
    static String yaml(int httpPort, int transportPort, Path data, Path logs) {
        return """
                cluster.name: egov
                node.name: egov-1
                discovery.type: single-node
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                path.data: "%s"
                path.logs: "%s"
                xpack.security.enabled: false
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: true
                """.formatted(httpPort, transportPort, data, logs);
    }

    static String heapOptions() {
        return """
                -Xms512m
                -Xmx512m
                """;
    }

    /**
     * The distribution's {@code jvm.options} with the 8.x paths that are relative to the distribution
     * ({@code logs/gc.log}, heap dumps in {@code data}) pointed at the run's logs dir: the service user cannot
     * write into the shared distribution, and the JVM refuses to start when it cannot open its gc log.
     */
    static String jvmOptions(String distributionOptions, Path logs) {
        return distributionOptions.replace("=logs/", "=" + logs + "/")
                .replace("-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + logs);
    }
}
