package org.egovarchive.command.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The event topic: its name, and partitions and replicas when the relay has to create it. */
@ConfigurationProperties("egov.kafka")
public record RelayProperties(String topic, int partitions, short replicas) {
}
