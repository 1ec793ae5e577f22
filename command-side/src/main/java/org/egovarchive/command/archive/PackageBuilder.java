package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.command.chain.HashChainVerifier;
import org.egovarchive.command.history.RecordRows;
import org.egovarchive.command.ledger.Checkpoint;
import org.egovarchive.command.ledger.Checkpointer;
import org.egovarchive.command.ledger.LedgerKey;
import org.egovarchive.command.ledger.LedgerProofs;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds a package (docs/ledger.md, "Export package"): each record's stored events and their inclusion
 * proofs against one signed checkpoint, its kind's files, the seals it relies on as records of their
 * own, the ledger's key, the four-property report, and the manifest of digests over all of it.
 */
@Component
public class PackageBuilder {

    static final String FORMAT = "egov-archive package v1";

    private final RecordRows rows;
    private final RecordKinds kinds;
    private final LedgerProofs ledger;
    private final Checkpointer checkpointer;
    private final LedgerKey keys;
    private final HashChainVerifier chain;
    private final Clock clock;

    public PackageBuilder(RecordRows rows, RecordKinds kinds, LedgerProofs ledger, Checkpointer checkpointer,
                          LedgerKey keys, HashChainVerifier chain, Clock clock) {
        this.rows = rows;
        this.kinds = kinds;
        this.ledger = ledger;
        this.checkpointer = checkpointer;
        this.keys = keys;
        this.chain = chain;
        this.clock = clock;
    }

    /** A record in a package. */
    record Entry(RecordKind kind, String id, List<RecordRows.Row> rows) {
        String name() {
            return kind.name() + "/" + id;
        }

        String folder() {
            return "records/" + name() + "/";
        }
    }

    /** The stored record of this kind, or 404. */
    Entry record(RecordKind kind, String id) {
        List<RecordRows.Row> stored = rows.of(id);
        if (stored.isEmpty() || !kind.aggregateType().equals(stored.get(0).aggregateType())) {
            throw ActRefused.notFound("not-found", "there is no " + kind.name() + " " + id);
        }
        return new Entry(kind, id, stored);
    }

    /** The zip of these records (and the seals they rely on), proven against a checkpoint: the given tree size, or the latest. */
    public byte[] build(List<Entry> records, ObjectNode scope, Long checkpointSize, String actor) {
        Map<String, Entry> entries = withSeals(records);
        Map<String, Long> leaves = leafIndexes(entries.values());
        long needed = leaves.values().stream().mapToLong(i -> i + 1).max().orElse(0);
        Checkpoint checkpoint = checkpoint(checkpointSize, needed);
        PackageFiles files = new PackageFiles();
        List<Check> checks = new ArrayList<>();
        checks.add(checkpointCheck(checkpoint));
        for (Entry entry : entries.values()) {
            files.put(entry.folder() + "events.jsonl", jsonLines(entry.rows().stream().map(PackageBuilder::eventLine).toList()));
            files.put(entry.folder() + "proofs.jsonl", jsonLines(entry.rows().stream()
                    .map(row -> proofLine(row, checkpoint.treeSize())).toList()));
            entry.kind().files(entry.rows()).forEach((path, bytes) -> files.put(entry.folder() + path, bytes));
            checks.addAll(recordChecks(entry, checkpoint));
        }
        files.putJson("ledger/checkpoint.json", Payloads.JSON.valueToTree(checkpoint));
        files.putJson("ledger/key.json", Payloads.JSON.valueToTree(keys.find(checkpoint.keyId()).orElseThrow()));
        checks.addAll(List.of(files.usability()));
        checks.add(new Check("package", "manifest", true, "SHA-256 and SM3 of every file are in manifest.json"));
        files.put("report.json", FourPropertyReport.json(checks));
        Instant now = clock.instant();
        ObjectNode head = Payloads.JSON.createObjectNode().put("format", FORMAT).put("createdAt", now.toString())
                .put("createdBy", actor);
        head.set("scope", scope);
        head.putObject("checkpoint").put("treeSize", checkpoint.treeSize()).put("rootHash", checkpoint.rootHash());
        entries.keySet().forEach(head.withArray("records")::add);
        return files.zip(files.manifest(head), now);
    }

    private Map<String, Entry> withSeals(List<Entry> records) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        records.forEach(entry -> entries.put(entry.name(), entry));
        for (Entry entry : records) {
            for (String sealId : entry.kind().sealsUsed(entry.rows())) {
                Entry seal = record(kinds.seal(), sealId);
                entries.putIfAbsent(seal.name(), seal);
            }
        }
        return entries;
    }

    private Map<String, Long> leafIndexes(Iterable<Entry> entries) {
        Map<String, Long> leaves = new LinkedHashMap<>();
        for (Entry entry : entries) {
            for (RecordRows.Row row : entry.rows()) {
                leaves.put(row.eventId(), ledger.leafIndex(row.eventId()).orElseThrow(() -> ActRefused.conflict(
                        "ledger-behind", "event " + row.sequence() + " of " + entry.name()
                                + " is not on the ledger yet; try again in a moment")));
            }
        }
        return leaves;
    }

    private Checkpoint checkpoint(Long requested, long needed) {
        if (requested != null) {
            Checkpoint named = ledger.checkpoint(requested).orElseThrow(() -> ActRefused.notFound("no-checkpoint",
                    "no checkpoint of tree size " + requested));
            if (named.treeSize() < needed) {
                throw ActRefused.conflict("checkpoint-too-old", "the checkpoint of tree size " + requested
                        + " does not cover every event of the package; it needs " + needed);
            }
            return named;
        }
        return ledger.latestCheckpoint().filter(latest -> latest.treeSize() >= needed)
                .or(checkpointer::now).orElseThrow();
    }

    private List<Check> recordChecks(Entry entry, Checkpoint checkpoint) {
        String name = entry.name();
        List<Check> checks = new ArrayList<>();
        HashChainVerifier.Report report = chain.verify(entry.id());
        checks.add(new Check(name, "hash-chain", report.valid(), report.valid()
                ? report.eventsChecked() + " events chained, head " + report.head()
                : "breaks at sequence " + report.breakAt() + ": " + report.reason()));
        checks.add(new Check(name, "ledger-inclusion", true, entry.rows().size()
                + " events, each proven in the tree of " + checkpoint.treeSize() + " leaves"));
        checks.addAll(entry.kind().authenticity(name, entry.rows()));
        long gaps = IntStream.range(0, entry.rows().size())
                .filter(i -> entry.rows().get(i).sequence() != i).count();
        checks.add(new Check(name, "sequence", gaps == 0, gaps == 0 ? "sequences 0 to " + (entry.rows().size() - 1)
                + " without a gap" : gaps + " events out of sequence"));
        checks.add(entry.kind().metadata(name, entry.rows()));
        checks.add(new Check(name, "content-versions", true, "the files of the record are taken from its events"));
        checks.addAll(entry.kind().security(name, entry.rows()));
        return checks;
    }

    private Check checkpointCheck(Checkpoint checkpoint) {
        LedgerKey.Published key = keys.find(checkpoint.keyId()).orElseThrow();
        boolean valid = SealAlgorithm.SM2.verify(Hex.decode(key.publicKey()), SealAlgorithm.SM2.digest(checkpoint.signedBytes()),
                Hex.decode(checkpoint.signature()));
        return new Check("package", "checkpoint-signature", valid, "checkpoint of tree size " + checkpoint.treeSize()
                + (valid ? " is signed by ledger key " : " does not verify with ledger key ") + key.keyId());
    }

    private static JsonNode eventLine(RecordRows.Row row) {
        ObjectNode line = Payloads.JSON.createObjectNode()
                .put("globalIndex", row.globalIndex()).put("eventId", row.eventId())
                .put("aggregateType", row.aggregateType()).put("aggregateId", row.aggregateId())
                .put("sequence", row.sequence()).put("timestamp", row.timestamp())
                .put("payloadType", row.payloadType()).put("revision", row.revision());
        embed(line, "payload", row.payload());
        embed(line, "metadata", row.metadata());
        return line;
    }

    /** Stored JSON as JSON; bytes that are not JSON (a damaged row) as base64, so that the package still shows them. */
    private static void embed(ObjectNode line, String field, byte[] stored) {
        JsonNode tree = stored == null ? null : Payloads.tree(stored);
        if (stored != null && tree == null) {
            line.put(field + "Base64", Base64.getEncoder().encodeToString(stored));
        } else {
            line.set(field, tree);
        }
    }

    private JsonNode proofLine(RecordRows.Row row, long treeSize) {
        LedgerProofs.Inclusion proof = ledger.inclusion(row.eventId(), treeSize);
        ObjectNode line = Payloads.JSON.createObjectNode().put("eventId", row.eventId()).put("sequence", row.sequence())
                .put("leafIndex", proof.leafIndex()).put("treeSize", proof.treeSize()).put("leafHash", proof.leafHash());
        proof.path().forEach(line.withArray("path")::add);
        return line;
    }

    private static byte[] jsonLines(List<JsonNode> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.toString()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
