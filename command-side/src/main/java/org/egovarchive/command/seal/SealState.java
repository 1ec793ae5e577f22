package org.egovarchive.command.seal;

import org.egovarchive.kernel.seal.SealKeeperAuthorized;
import org.egovarchive.kernel.seal.SealKeeperRevoked;
import org.egovarchive.kernel.seal.SealRegistered;
import org.egovarchive.kernel.seal.SealRevoked;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seal as its events make it: its department, key, and when it and each keeper were valid. The
 * periods matter because a seal is judged as it stood when it was applied, not as it stands today.
 */
public record SealState(String sealId, String name, String department, String algorithm, String publicKey,
                        Instant registeredAt, Instant revokedAt, Map<String, List<Period>> keepers, long version) {

    /** When a keeper was authorised; {@code to} is null while it lasts. */
    public record Period(Instant from, Instant to) {
        boolean covers(Instant at) {
            return !at.isBefore(from) && (to == null || at.isBefore(to));
        }
    }

    public SealState {
        keepers = copy(keepers);
    }

    static SealState registered(SealRegistered e, Instant at, long sequence) {
        return new SealState(e.sealId(), e.name(), e.department(), e.algorithm(), e.publicKey(), at, null, Map.of(), sequence);
    }

    SealState apply(Object event, Instant at, long sequence) {
        Map<String, List<Period>> next = copy(keepers);
        Instant revoked = revokedAt;
        if (event instanceof SealKeeperAuthorized e) {
            next.computeIfAbsent(e.username(), u -> new ArrayList<>()).add(new Period(at, null));
        } else if (event instanceof SealKeeperRevoked e) {
            List<Period> periods = next.getOrDefault(e.username(), new ArrayList<>());
            if (!periods.isEmpty() && periods.get(periods.size() - 1).to() == null) {
                periods.set(periods.size() - 1, new Period(periods.get(periods.size() - 1).from(), at));
            }
        } else if (event instanceof SealRevoked) {
            revoked = at;
        }
        return new SealState(sealId, name, department, algorithm, publicKey, registeredAt, revoked, next, sequence);
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

    public List<String> currentKeepers() {
        return keepers.keySet().stream().filter(this::isKeeper).sorted().toList();
    }

    private static Map<String, List<Period>> copy(Map<String, List<Period>> keepers) {
        Map<String, List<Period>> copy = new LinkedHashMap<>();
        keepers.forEach((user, periods) -> copy.put(user, new ArrayList<>(periods)));
        return copy;
    }
}
