package org.egovarchive.command.ledger;

import org.egovarchive.kernel.seal.Hex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Signed checkpoints and the ledger's public keys in PostgreSQL; rows are only ever inserted. */
final class CheckpointStore {

    private static final String COLUMNS = "origin, tree_size, root_hash, signed_time, key_id, algorithm, signature";
    /** Serialises signers (the processor and the timer), so that a later checkpoint never covers fewer events. */
    private static final long SIGNING_LOCK = 0x6567_6f76_4c65_6467L;

    private CheckpointStore() {
    }

    static void lockSigning(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            statement.setLong(1, SIGNING_LOCK);
            statement.executeQuery().close();
        }
    }

    static void insert(Connection connection, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into ledger_checkpoint (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?) on conflict (tree_size) do nothing")) {
            statement.setString(1, checkpoint.origin());
            statement.setLong(2, checkpoint.treeSize());
            statement.setBytes(3, Hex.decode(checkpoint.rootHash()));
            statement.setString(4, checkpoint.time());
            statement.setString(5, checkpoint.keyId());
            statement.setString(6, checkpoint.algorithm());
            statement.setBytes(7, Hex.decode(checkpoint.signature()));
            statement.executeUpdate();
        }
    }

    static Optional<Checkpoint> latest(Connection connection) throws SQLException {
        return query(connection, "order by tree_size desc limit 1").stream().findFirst();
    }

    static Optional<Checkpoint> at(Connection connection, long treeSize) throws SQLException {
        return query(connection, "where tree_size = ?", treeSize).stream().findFirst();
    }

    /** Checkpoints whose tree sizes lie in [from, to], smallest first, at most {@code limit}. */
    static List<Checkpoint> between(Connection connection, long from, long to, int limit) throws SQLException {
        return query(connection, "where tree_size between ? and ? order by tree_size limit ?", from, to, limit);
    }

    private static List<Checkpoint> query(Connection connection, String where, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + COLUMNS + " from ledger_checkpoint " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Checkpoint> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Checkpoint(rows.getString(1), rows.getLong(2), Hex.encode(rows.getBytes(3)),
                            rows.getString(4), rows.getString(5), rows.getString(6), Hex.encode(rows.getBytes(7))));
                }
            }
            return found;
        }
    }
}
