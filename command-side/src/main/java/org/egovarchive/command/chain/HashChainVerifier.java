package org.egovarchive.command.chain;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Walks an aggregate's stored events and reports the first place where the chain does not hold.
 * Events recorded before the chain existed carry no hashes; their hashes are computed from their
 * bytes, and the first chained event after them commits to those — so they are covered too.
 */
@Component
public class HashChainVerifier {

    private final StoredEvents stored;

    public HashChainVerifier(StoredEvents stored) {
        this.stored = stored;
    }

    /**
     * @param breakAt       the sequence of the first event that breaks the chain, null when it holds
     * @param legacyEvents  events without stored hashes (recorded before the chain existed)
     * @param head          the hash of the last event, which the next one will chain from
     */
    public record Report(String aggregateId, boolean valid, int eventsChecked, Long breakAt, String reason,
                         int legacyEvents, String head) {
    }

    public Report verify(String aggregateId) {
        List<StoredEvents.Row> rows = stored.of(aggregateId);
        if (rows.isEmpty()) {
            return new Report(aggregateId, false, 0, null, "no events", 0, null);
        }
        String prev = HashChain.GENESIS;
        int legacy = 0;
        for (int i = 0; i < rows.size(); i++) {
            StoredLinks.Link link = StoredLinks.read(rows.get(i));
            String problem = problem(link, i, prev);
            if (problem != null) {
                return new Report(aggregateId, false, i, link.row().sequence(), problem, legacy, null);
            }
            String computed = link.computeHash(prev);
            if (link.legacy()) {
                legacy++;
            }
            prev = computed;
        }
        return new Report(aggregateId, true, rows.size(), null, null, legacy, prev);
    }

    private static String problem(StoredLinks.Link link, int expectedSequence, String prev) {
        if (link.row().sequence() != expectedSequence) {
            return "sequence " + expectedSequence + " is missing";
        }
        if (!link.readable()) {
            return "the stored payload or metadata is not readable JSON";
        }
        if (link.legacy()) {
            return null;
        }
        if (!prev.equals(link.storedPrevHash())) {
            return "prevHash does not match the hash of the event before";
        }
        if (!link.computeHash(prev).equals(link.storedHash())) {
            return "the stored event does not match its hash (payload or metadata changed)";
        }
        return null;
    }
}
