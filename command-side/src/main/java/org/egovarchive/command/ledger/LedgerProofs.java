package org.egovarchive.command.ledger;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.seal.Hex;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the ledger for the API and the export packages: checkpoints and proofs, each from O(log n) stored nodes. */
@Component
public class LedgerProofs {

    private final JdbcTemplate jdbc;

    public LedgerProofs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An event's leaf and its audit path to the root of the tree of {@code treeSize} leaves. Hashes in hex. */
    public record Inclusion(String eventId, long leafIndex, long treeSize, String leafHash, String rootHash,
                            List<String> path) {
    }

    /** The proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves. */
    public record Consistency(long from, long to, String fromRoot, String toRoot, List<String> path) {
    }

    /** The tree as it stands now, signed or not. */
    public record Head(long treeSize, String rootHash) {
    }

    public Head head() {
        return read(connection -> {
            TreeStore.State state = TreeStore.state(connection);
            return new Head(state.size(), Hex.encode(state.frontier().root()));
        });
    }

    public Optional<Long> leafIndex(String eventId) {
        return read(connection -> TreeStore.leafIndex(connection, eventId));
    }

    public Inclusion inclusion(String eventId, long treeSize) {
        long leaf = leafIndex(eventId).orElseThrow(() -> ActRefused.notFound("not-on-ledger",
                "event " + eventId + " is not on the ledger (unknown, or not appended yet)"));
        requireWithinTree(treeSize, "size");
        if (leaf >= treeSize) {
            throw ActRefused.unprocessable("not-in-tree", "event " + eventId + " is leaf " + leaf
                    + ", which a tree of " + treeSize + " leaves does not hold yet", Map.of("field", "size"));
        }
        return read(connection -> new Inclusion(eventId, leaf, treeSize,
                Hex.encode(TreeStore.compute(connection, nodes -> nodes.hash(0, leaf))),
                Hex.encode(TreeStore.compute(connection, nodes -> MerkleTree.root(treeSize, nodes))),
                hex(TreeStore.compute(connection, nodes -> MerkleTree.inclusionPath(leaf, treeSize, nodes)))));
    }

    public Consistency consistency(long from, long to) {
        if (from < 1 || from > to) {
            throw ActRefused.unprocessable("bad-range", "a consistency proof needs 1 <= from <= to, not from=" + from
                    + ", to=" + to, Map.of("field", "from"));
        }
        requireWithinTree(to, "to");
        return read(connection -> new Consistency(from, to,
                Hex.encode(TreeStore.compute(connection, nodes -> MerkleTree.root(from, nodes))),
                Hex.encode(TreeStore.compute(connection, nodes -> MerkleTree.root(to, nodes))),
                hex(TreeStore.compute(connection, nodes -> MerkleTree.consistencyPath(from, to, nodes)))));
    }

    public Optional<Checkpoint> latestCheckpoint() {
        return read(CheckpointStore::latest);
    }

    public Optional<Checkpoint> checkpoint(long treeSize) {
        return read(connection -> CheckpointStore.at(connection, treeSize));
    }

    public List<Checkpoint> checkpoints(long from, long to, int limit) {
        return read(connection -> CheckpointStore.between(connection, from, to, limit));
    }

    private void requireWithinTree(long treeSize, String field) {
        long size = head().treeSize();
        if (treeSize < 1 || treeSize > size) {
            throw ActRefused.unprocessable("beyond-ledger", "the ledger holds " + size + " events; no tree of "
                    + treeSize + " leaves", Map.of("field", field));
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hex::encode).toList();
    }

    private <T> T read(ConnectionCallback<T> work) {
        return jdbc.execute(work);
    }
}
