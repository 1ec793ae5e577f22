package org.egovarchive.infra.verifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A seal as its packaged events make it: public key, when it was valid, and when each keeper was. */
final class SealHistory {

    String sealId;
    String name;
    String department;
    String algorithm;
    String publicKey;
    Instant registeredAt;
    Instant revokedAt;
    private final Map<String, List<Instant[]>> keepers = new HashMap<>();

    static SealHistory of(List<StoredEvent> events) {
        SealHistory seal = new SealHistory();
        for (StoredEvent event : events) {
            if (!event.readable()) {
                continue;
            }
            Instant at = Instant.parse(event.timestamp());
            switch (event.type()) {
                case "SealRegistered" -> {
                    seal.sealId = event.field("sealId");
                    seal.name = event.field("name");
                    seal.department = event.field("department");
                    seal.algorithm = event.field("algorithm");
                    seal.publicKey = event.field("publicKey");
                    seal.registeredAt = at;
                }
                case "SealKeeperAuthorized" -> seal.keepers.computeIfAbsent(event.field("username"), u -> new ArrayList<>())
                        .add(new Instant[]{at, null});
                case "SealKeeperRevoked" -> {
                    List<Instant[]> periods = seal.keepers.getOrDefault(event.field("username"), List.of());
                    if (!periods.isEmpty() && periods.get(periods.size() - 1)[1] == null) {
                        periods.get(periods.size() - 1)[1] = at;
                    }
                }
                case "SealRevoked" -> seal.revokedAt = at;
                default -> {
                    // no other seal events exist
                }
            }
        }
        return seal;
    }

    boolean validAt(Instant at) {
        return registeredAt != null && !at.isBefore(registeredAt) && (revokedAt == null || at.isBefore(revokedAt));
    }

    boolean keeperAt(String username, Instant at) {
        return keepers.getOrDefault(username, List.of()).stream()
                .anyMatch(p -> !at.isBefore(p[0]) && (p[1] == null || at.isBefore(p[1])));
    }
}
