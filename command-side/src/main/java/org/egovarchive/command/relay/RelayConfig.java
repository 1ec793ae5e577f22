package org.egovarchive.command.relay;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The event topic keeps every event forever: it is the replay source of every projection. */
@Configuration
public class RelayConfig {

    @Bean
    public NewTopic eventTopic(RelayProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config("retention.ms", "-1")
                .config("retention.bytes", "-1")
                .config("cleanup.policy", "delete")
                .build();
    }
}
