package org.egovarchive.command.chain;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Configuration;

/** Every event appended to the store passes the hash chain first. */
@Configuration
public class ChainConfig {

    public ChainConfig(EventStore eventStore, HashChainInterceptor hashChain) {
        eventStore.registerDispatchInterceptor(hashChain);
    }
}
