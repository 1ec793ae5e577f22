package org.egovarchive.command.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The ledger's settings ({@code egov.ledger}).
 *
 * @param origin             names this ledger in every checkpoint, so that checkpoints of two
 *                           deployments cannot be mistaken for one another
 * @param checkpointEvents   a checkpoint is signed once the tree has grown by this many events
 * @param checkpointInterval ... or when the latest checkpoint is this old and the tree has grown
 * @param keyAlias           the ledger key's alias in the seal key store; seal ids are UUIDs, so it
 *                           cannot collide with a seal's
 */
@ConfigurationProperties("egov.ledger")
public record LedgerProperties(String origin, long checkpointEvents, Duration checkpointInterval, String keyAlias) {

    public LedgerProperties {
        if (origin == null || origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("egov.ledger.origin must be one non-empty line");
        }
        if (checkpointEvents < 1) {
            throw new IllegalArgumentException("egov.ledger.checkpoint-events must be at least 1");
        }
        if (checkpointInterval == null || checkpointInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("egov.ledger.checkpoint-interval must be at least one second");
        }
        if (keyAlias == null || keyAlias.isBlank() || !keyAlias.equals(keyAlias.toLowerCase())) {
            // PKCS#12 stores compare aliases ignoring case; one spelling avoids a second key by accident
            throw new IllegalArgumentException("egov.ledger.key-alias must be a non-empty lower-case name");
        }
    }
}
