package org.egovarchive.infra.stack;

import java.nio.file.Path;

/** {@code server.properties} of the single combined broker and KRaft controller. */
final class KafkaSettings {

    private KafkaSettings() {
    }

    /**
     * Topics are never created implicitly: a typo in a topic name should fail, not create a new topic.
     * Internal topics get replication 1 because there is one broker. Both listeners authenticate every
     * connection and the broker authorizes every request ({@link KafkaAccess}); the file holds the
     * administrator's password, so it is readable by its owner only.
     */
    static String serverProperties(int port, int controllerPort, Path logDir, String adminPassword) {
        return """
                node.id=1
                process.roles=broker,controller
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=CLIENT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=CLIENT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=CLIENT
                listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                log.dirs=%3$s
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                min.insync.replicas=1
                auto.create.topics.enable=false
                num.partitions=3
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, logDir) + KafkaAccess.serverProperties(adminPassword);
    }
}
