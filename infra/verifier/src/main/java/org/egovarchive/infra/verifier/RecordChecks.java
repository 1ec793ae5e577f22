package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every record of a package must show: its events in sequence without a gap, each chained to the
 * one before (docs/hash-chain.md), and each proven on the ledger within the package's checkpoint.
 */
final class RecordChecks {

    private RecordChecks() {
    }

    /** The record's events, read from its events.jsonl; the findings about them go to {@code findings}. */
    static List<StoredEvent> check(String record, PackageReader files, Checkpoints.Checkpoint checkpoint,
                                   List<Finding> findings) {
        String folder = "records/" + record + "/";
        String id = record.substring(record.indexOf('/') + 1);
        List<JsonNode> lines = files.lines(folder + "events.jsonl");
        List<StoredEvent> events = new ArrayList<>();
        String sequenceProblem = null;
        for (int i = 0; i < lines.size(); i++) {
            StoredEvent event = lines.get(i) == null ? null : parse(lines.get(i));
            String where = folder + "events.jsonl line " + (i + 1);
            if (event == null) {
                sequenceProblem = sequenceProblem != null ? sequenceProblem : where + " is not an event";
                continue;
            }
            if (sequenceProblem == null && (event.sequence() != i || !event.aggregateId().equals(id))) {
                sequenceProblem = where + " holds sequence " + event.sequence() + " of " + event.aggregateId()
                        + " where sequence " + i + " of " + id + " belongs (events missing, swapped or foreign)";
            }
            events.add(event);
        }
        if (lines.isEmpty()) {
            sequenceProblem = folder + "events.jsonl is missing or empty";
        }
        findings.add(new Finding(record, "sequence", sequenceProblem == null, sequenceProblem == null
                ? "sequences 0 to " + (events.size() - 1) + " without a gap" : sequenceProblem));
        List<String> hashes = chain(record, folder, events, findings);
        inclusion(record, folder, events, hashes, files.lines(folder + "proofs.jsonl"), checkpoint, findings);
        return events;
    }

    /**
     * Walks the chain and names the first event where it breaks. Returns what each event's leaf commits
     * to: its stored hash, or for an event stored before the chain existed, its computed one.
     */
    private static List<String> chain(String record, String folder, List<StoredEvent> events, List<Finding> findings) {
        List<String> hashes = new ArrayList<>();
        String problem = null;
        String prev = "0".repeat(64);
        for (StoredEvent event : events) {
            String where = folder + "events.jsonl line " + (hashes.size() + 1) + " (sequence " + event.sequence() + ")";
            Optional<String> broken = linkProblem(event, prev);
            if (problem == null && broken.isPresent()) {
                problem = where + ": " + broken.get();
            }
            String committed = event.storedHash() != null ? event.storedHash() : event.readable() ? event.chainHash(prev) : null;
            hashes.add(committed);
            prev = committed == null ? "" : committed;
        }
        findings.add(new Finding(record, "hash-chain", problem == null,
                problem == null ? events.size() + " events chained, head " + prev : problem));
        return hashes;
    }

    private static Optional<String> linkProblem(StoredEvent event, String prev) {
        if (!event.readable()) {
            return Optional.of("the stored payload or metadata is not readable JSON");
        }
        if (event.storedHash() == null && event.storedPrevHash() == null) {
            // recorded before the chain existed: its computed hash is what the next event commits to
            return Optional.empty();
        }
        if (!prev.equals(event.storedPrevHash())) {
            return Optional.of("prevHash does not match the hash of the event before (an event missing or moved)");
        }
        if (!event.chainHash(prev).equals(event.storedHash())) {
            return Optional.of("the event does not match its stored hash (payload or metadata changed)");
        }
        return Optional.empty();
    }

    private static void inclusion(String record, String folder, List<StoredEvent> events, List<String> hashes,
                                  List<JsonNode> proofs, Checkpoints.Checkpoint checkpoint, List<Finding> findings) {
        String problem = null;
        for (int i = 0; i < events.size() && problem == null; i++) {
            String where = folder + "proofs.jsonl line " + (i + 1) + " (sequence " + events.get(i).sequence() + ")";
            if (hashes.get(i) == null) {
                problem = where + ": the event has no hash for its leaf (unreadable and never chained)";
            } else if (i >= proofs.size() || proofs.get(i) == null) {
                problem = where + ": the proof is missing";
            } else {
                problem = proofProblem(events.get(i), hashes.get(i), proofs.get(i), checkpoint).map(p -> where + ": " + p)
                        .orElse(null);
            }
        }
        findings.add(new Finding(record, "ledger-inclusion", problem == null, problem == null ? events.size()
                + " events, each proven in the tree of " + checkpoint.treeSize() + " leaves" : problem));
    }

    private static Optional<String> proofProblem(StoredEvent event, String chainHash, JsonNode proof,
                                                 Checkpoints.Checkpoint checkpoint) {
        try {
            if (!event.eventId().equals(Json.text(proof, "eventId"))) {
                return Optional.of("the proof is for event " + Json.text(proof, "eventId") + ", not " + event.eventId());
            }
            if (Json.number(proof, "treeSize") != checkpoint.treeSize()) {
                return Optional.of("the proof is for a tree of " + Json.number(proof, "treeSize")
                        + " leaves, not the checkpoint's " + checkpoint.treeSize());
            }
            byte[] leaf = event.leafHash(chainHash);
            if (!Hex.encode(leaf).equals(Json.text(proof, "leafHash"))) {
                return Optional.of("the event's leaf hash is " + Hex.encode(leaf) + ", the proof's " + Json.text(proof, "leafHash"));
            }
            return Merkle.inclusionProblem(Json.number(proof, "leafIndex"), checkpoint.treeSize(), leaf,
                    Json.hashes(proof, "path"), checkpoint.rootHash());
        } catch (IllegalArgumentException e) {
            return Optional.of("the proof is malformed: " + e.getMessage());
        }
    }

    private static StoredEvent parse(JsonNode line) {
        try {
            return StoredEvent.of(line);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
