package org.egovarchive.command.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tree in PostgreSQL ({@code V2__ledger.sql}): {@code ledger_leaf} maps each event to its leaf
 * index, {@code ledger_node} holds the hash of every complete subtree (leaves at level 0). Rows are
 * only ever inserted. Every method works on the connection it is given, so the processor's writes
 * share the transaction of its token.
 */
final class TreeStore {

    /** A complete subtree: level and index as in {@link MerkleTree.Nodes}. */
    record NodeId(int level, long index) {
    }

    /** One appended event. */
    record Leaf(long leafIndex, String eventId, long globalIndex) {
    }

    /** Where the tree stands: its size and the hashes at its edge. */
    record State(long size, Frontier frontier) {
    }

    /** A received event as stored: its global index, and whether it is on the ledger already. */
    record Stored(long globalIndex, boolean onLedger) {
    }

    private static final byte[] PLACEHOLDER = new byte[MerkleTree.HASH_LENGTH];

    private TreeStore() {
    }

    static State state(Connection connection) throws SQLException {
        long size;
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(max(leaf_index) + 1, 0) from ledger_leaf");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            size = rows.getLong(1);
        }
        List<NodeId> edge = Frontier.edgeOf(size).stream().map(n -> new NodeId((int) n[0], n[1])).toList();
        Map<NodeId, byte[]> hashes = nodes(connection, edge);
        List<Frontier.Node> subtrees = new ArrayList<>();
        for (NodeId id : edge) {
            subtrees.add(new Frontier.Node(id.level(), id.index(), require(hashes, id)));
        }
        return new State(size, new Frontier(size, subtrees));
    }

    /** The stored global index of each event, and whether it is a leaf already, in one query. */
    static Map<String, Stored> lookUp(Connection connection, List<String> eventIds) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        Array ids = connection.createArrayOf("varchar", eventIds.toArray());
        try (PreparedStatement statement = connection.prepareStatement(
                "select e.event_identifier, e.global_index, l.leaf_index is not null from domain_event_entry e "
                        + "left join ledger_leaf l on l.event_identifier = e.event_identifier "
                        + "where e.event_identifier = any(?)")) {
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Stored(rows.getLong(2), rows.getBoolean(3)));
                }
            }
        } finally {
            ids.free();
        }
        return found;
    }

    static Optional<Long> leafIndex(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select leaf_index from ledger_leaf where event_identifier = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    static void insert(Connection connection, List<Leaf> leaves, List<Frontier.Node> nodes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into ledger_leaf (leaf_index, event_identifier, global_index) values (?, ?, ?)")) {
            for (Leaf leaf : leaves) {
                statement.setLong(1, leaf.leafIndex());
                statement.setString(2, leaf.eventId());
                statement.setLong(3, leaf.globalIndex());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into ledger_node (level, node_index, hash) values (?, ?, ?)")) {
            for (Frontier.Node node : nodes) {
                statement.setInt(1, node.level());
                statement.setLong(2, node.index());
                statement.setBytes(3, node.hash());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The stored hashes of these subtrees, in one query. */
    static Map<NodeId, byte[]> nodes(Connection connection, Collection<NodeId> ids) throws SQLException {
        Map<NodeId, byte[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Array levels = connection.createArrayOf("int4", ids.stream().map(NodeId::level).toArray());
        Array indexes = connection.createArrayOf("int8", ids.stream().map(NodeId::index).toArray());
        try (PreparedStatement statement = connection.prepareStatement(
                "select n.level, n.node_index, n.hash from ledger_node n "
                        + "join unnest(?::int4[], ?::int8[]) as wanted(level, node_index) "
                        + "on n.level = wanted.level and n.node_index = wanted.node_index")) {
            statement.setArray(1, levels);
            statement.setArray(2, indexes);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(new NodeId(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                }
            }
        } finally {
            levels.free();
            indexes.free();
        }
        return found;
    }

    /**
     * Runs a tree algorithm against the stored nodes with one query: once to learn which subtrees it
     * reads (its steps do not depend on the hashes), then with their hashes fetched.
     */
    static <T> T compute(Connection connection, Function<MerkleTree.Nodes, T> algorithm) throws SQLException {
        List<NodeId> wanted = new ArrayList<>();
        algorithm.apply((level, index) -> {
            wanted.add(new NodeId(level, index));
            return PLACEHOLDER;
        });
        Map<NodeId, byte[]> hashes = nodes(connection, wanted);
        return algorithm.apply((level, index) -> require(hashes, new NodeId(level, index)));
    }

    private static byte[] require(Map<NodeId, byte[]> hashes, NodeId id) {
        byte[] hash = hashes.get(id);
        if (hash == null) {
            throw new IllegalStateException("the ledger has no node at level " + id.level() + ", index " + id.index());
        }
        return hash;
    }
}
