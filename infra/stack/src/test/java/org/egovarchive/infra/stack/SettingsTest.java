package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void elasticsearch_is_a_single_loopback_node_without_security() {
        String yaml = ElasticsearchSettings.yaml(19200, 19300, Path.of("/d/data"), Path.of("/d/logs"));

        assertThat(yaml.lines()).contains("cluster.name: egov", "node.name: egov-1", "discovery.type: single-node",
                "network.host: 127.0.0.1", "http.port: 19200", "transport.port: 19300", "path.data: \"/d/data\"",
                "path.logs: \"/d/logs\"", "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false", "action.destructive_requires_name: true");
        // an unknown setting here stops the node from starting
        assertThat(yaml).doesNotContain("geoip");
        assertThat(ElasticsearchSettings.heapOptions().lines()).containsExactly("-Xms512m", "-Xmx512m");
    }

    @Test
    void elasticsearch_8_jvm_logs_go_to_the_runs_logs_dir_not_into_the_shared_distribution() {
        String options = "-XX:HeapDumpPath=data\n-XX:ErrorFile=logs/hs_err_pid%p.log\n"
                + "-Xlog:gc*,gc+age=trace,safepoint:file=logs/gc.log:utctime,level,pid,tags:filecount=32,filesize=64m\n";

        assertThat(ElasticsearchSettings.jvmOptions(options, Path.of("/run/logs")).lines()).containsExactly(
                "-XX:HeapDumpPath=/run/logs",
                "-XX:ErrorFile=/run/logs/hs_err_pid%p.log",
                "-Xlog:gc*,gc+age=trace,safepoint:file=/run/logs/gc.log:utctime,level,pid,tags:filecount=32,filesize=64m");
    }

    @Test
    void kafka_is_one_combined_kraft_node_on_loopback() throws IOException {
        Properties p = kafkaSettings();

        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("node.id")).isEqualTo("1");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(p.getProperty("listeners")).isEqualTo("CLIENT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("CLIENT://127.0.0.1:19092");
        assertThat(p.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
        assertThat(p.getProperty("log.dirs")).isEqualTo("/k/data");
        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(p.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(p.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(p.getProperty("num.partitions")).isEqualTo("3");
        assertThat(p.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
    }

    @Test
    void kafka_authenticates_every_connection_and_denies_what_no_acl_allows() throws IOException {
        Properties p = kafkaSettings();

        assertThat(p.getProperty("listener.security.protocol.map")).isEqualTo("CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        assertThat(p.getProperty("listener.name.client.sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-256,PLAIN");
        assertThat(p.getProperty("authorizer.class.name")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(p.getProperty("allow.everyone.if.no.acl.found")).isEqualTo("false");
        assertThat(p.getProperty("super.users")).isEqualTo("User:admin");
        assertThat(p.getProperty("listener.name.controller.plain.sasl.jaas.config")).contains("user_admin=\"adm\"");
    }

    private static Properties kafkaSettings() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(KafkaSettings.serverProperties(19092, 19093, Path.of("/k/data"), "adm")));
        return p;
    }

    @Test
    void only_the_command_side_may_write_the_event_topic() {
        assertThat(KafkaAccess.acls()).filteredOn(acl -> acl.pattern().name().equals("egov.events")
                        && acl.entry().operation() == AclOperation.WRITE)
                .extracting(acl -> acl.entry().principal()).containsExactly("User:egov-command");
    }

    @Test
    void relocated_data_is_named_after_the_work_dir() {
        Layout a = Layout.relocated(Path.of("/root/x/.egov"));

        assertThat(a.dataRoot()).isEqualTo(Layout.relocated(Path.of("/root/x/.egov")).dataRoot());
        assertThat(a.dataRoot()).isNotEqualTo(Layout.relocated(Path.of("/root/y/.egov")).dataRoot());
        assertThat(a.dataRoot().getParent()).isEqualTo(Path.of(Layout.RELOCATION_ROOT));
        assertThat(a.postgresHome()).startsWithRaw(a.dataRoot());
        assertThat(a.runDir()).startsWithRaw(Path.of("/root/x/.egov"));
    }
}
