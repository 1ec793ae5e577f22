package org.egovarchive.kernel.seal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seal as its events make it: its department, public key, and when it and each keeper were valid —
 * the one fold of a seal. The periods matter because a seal is judged as it stood when it was
 * applied, not as it stands today. The command side's registry and the query side's seal checks both
 * read it.
 *
 * @param version sequence number of the last event applied
 * @param keepers every keeper ever authorised, in the order first given, with each period of authorisation
 */
public record SealRecord(String sealId, long version, String name, String department, String algorithm,
                         String publicKey, Instant registeredAt, Instant revokedAt, Map<String, List<Period>> keepers) {

    /** One authorisation of a keeper; {@code to} is null while it lasts. */
    public record Period(Instant from, Instant to) {
        boolean covers(Instant at) {
            return !at.isBefore(from) && (to == null || at.isBefore(to));
        }
    }

    public SealRecord {
        Map<String, List<Period>> copy = new LinkedHashMap<>();
        keepers.forEach((username, periods) -> copy.put(username, List.copyOf(periods)));
        keepers = Collections.unmodifiableMap(copy);
    }

    /** The fold: {@code prior} with one more event applied, or the new seal when {@code prior} is null. */
    public static SealRecord next(SealRecord prior, SealEvent event, long sequence, Instant at) {
        if (prior == null) {
            if (event instanceof SealRegistered e) {
                return new SealRecord(e.sealId(), sequence, e.name(), e.department(), e.algorithm(), e.publicKey(), at,
                        null, Map.of());
            }
            throw new IllegalArgumentException("a seal begins with SealRegistered, not " + name(event));
        }
        Map<String, List<Period>> keepers = new LinkedHashMap<>();
        prior.keepers.forEach((username, periods) -> keepers.put(username, new ArrayList<>(periods)));
        Instant revoked = prior.revokedAt;
        if (event instanceof SealKeeperAuthorized e) {
            keepers.computeIfAbsent(e.username(), u -> new ArrayList<>()).add(new Period(at, null));
        } else if (event instanceof SealKeeperRevoked e) {
            keepers.getOrDefault(e.username(), new ArrayList<>())
                    .replaceAll(p -> p.to() == null ? new Period(p.from(), at) : p);
        } else if (event instanceof SealRevoked) {
            revoked = at;
        } else {
            throw new IllegalArgumentException("the seal fold does not know " + name(event));
        }
        return new SealRecord(prior.sealId, sequence, prior.name, prior.department, prior.algorithm, prior.publicKey,
                prior.registeredAt, revoked, keepers);
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(registeredAt) && (revokedAt == null || at.isBefore(revokedAt));
    }

    public boolean keeperAt(String username, Instant at) {
        return keepers.getOrDefault(username, List.of()).stream().anyMatch(p -> p.covers(at));
    }

    public boolean isKeeper(String username) {
        return keepers.getOrDefault(username, List.of()).stream().anyMatch(p -> p.to() == null);
    }

    private static String name(SealEvent event) {
        return event == null ? "null" : event.getClass().getSimpleName();
    }
}
