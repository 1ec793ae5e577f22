package org.egovarchive.query.projection;

import java.time.Instant;
import java.util.List;

/**
 * A seal as the public pages need it to verify documents: public key, and when the seal and each
 * keeper were valid.
 */
public record SealView(String id, long version, String name, String department, String algorithm, String publicKey,
                       Instant registeredAt, Instant revokedAt, List<KeeperPeriod> keepers) {

    /** A keeper's authorisation; {@code to} is null while it lasts. */
    public record KeeperPeriod(String username, Instant from, Instant to) {
    }

    public SealView {
        keepers = keepers == null ? List.of() : List.copyOf(keepers);
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(registeredAt) && (revokedAt == null || at.isBefore(revokedAt));
    }

    public boolean keeperAt(String username, Instant at) {
        return keepers.stream().anyMatch(k -> k.username().equals(username) && !at.isBefore(k.from())
                && (k.to() == null || at.isBefore(k.to())));
    }
}
