package org.egovarchive.command.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.egovarchive.command.chain.StoredEvents;
import org.egovarchive.command.chain.StoredLinks;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

/**
 * The hash-chain hash a leaf commits to: the one stored in the event's metadata, or for an event
 * stored before the chain existed, the hash the chain verifier computes for it from its bytes.
 */
@Component
class ChainHashes {

    private final StoredEvents stored;

    ChainHashes(StoredEvents stored) {
        this.stored = stored;
    }

    String of(DomainEventMessage<?> event) {
        Object hash = event.getMetaData().get(EventMetadata.HASH);
        if (hash != null) {
            return hash.toString();
        }
        return StoredLinks.headOf(stored.of(event.getAggregateIdentifier()).stream()
                .filter(row -> row.sequence() <= event.getSequenceNumber())
                .toList());
    }
}
