package org.egovarchive.query.projection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.egovarchive.kernel.seal.SealRecord;

import java.time.Instant;

/**
 * A seal as the public pages need it to verify documents: its public key, and — in its
 * {@link SealRecord}, stored alongside, not indexed — when the seal and each keeper were valid.
 */
public record SealView(String id, long version, String name, String department, String algorithm, String publicKey,
                       Instant registeredAt, Instant revokedAt, SealRecord record, String lastHash, Hold hold)
        implements Projected<SealRecord> {

    static SealView of(SealRecord seal, String lastHash, Hold hold) {
        return new SealView(seal.sealId(), seal.version(), seal.name(), seal.department(), seal.algorithm(),
                seal.publicKey(), seal.registeredAt(), seal.revokedAt(), seal, lastHash, hold);
    }

    @JsonIgnore
    public boolean validAt(Instant at) {
        return record.validAt(at);
    }

    @JsonIgnore
    public boolean keeperAt(String username, Instant at) {
        return record.keeperAt(username, at);
    }
}
