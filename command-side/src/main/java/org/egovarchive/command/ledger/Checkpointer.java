package org.egovarchive.command.ledger;

import org.egovarchive.kernel.seal.Hex;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Signs checkpoints: from the processor when the tree has grown by {@code checkpoint-events} (in its
 * batch's transaction), and on request or when the latest one is older than
 * {@code checkpoint-interval} (in a transaction of its own). Both hold one advisory lock while they
 * sign, so checkpoints are made in the order of the sizes they cover.
 */
@Component
public class Checkpointer {

    private final LedgerKey key;
    private final LedgerProperties properties;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public Checkpointer(LedgerKey key, LedgerProperties properties, Clock clock, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions) {
        this.key = key;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** In the processor's transaction: a checkpoint of the tree it has just grown, if one is due by count. */
    void afterAppend(Connection connection, long size, byte[] root) throws SQLException {
        if (!dueByCount(connection, size)) {
            return;
        }
        CheckpointStore.lockSigning(connection);
        if (dueByCount(connection, size)) {
            CheckpointStore.insert(connection, sign(size, root));
        }
    }

    private boolean dueByCount(Connection connection, long size) throws SQLException {
        long covered = CheckpointStore.latest(connection).map(Checkpoint::treeSize).orElse(0L);
        return size - covered >= properties.checkpointEvents();
    }

    /** A checkpoint of the whole tree as it stands: the latest one if the tree has not grown since; empty for an empty tree. */
    public Optional<Checkpoint> now() {
        return inOwnTransaction(false);
    }

    /** Signs a checkpoint if the tree has grown and the latest checkpoint is older than the interval (or there is none). */
    Optional<Checkpoint> ifStale() {
        return inOwnTransaction(true);
    }

    private Optional<Checkpoint> inOwnTransaction(boolean onlyIfStale) {
        return transaction.execute(status -> jdbc.execute((ConnectionCallback<Optional<Checkpoint>>) connection -> {
            CheckpointStore.lockSigning(connection);
            Optional<Checkpoint> latest = CheckpointStore.latest(connection);
            TreeStore.State tree = TreeStore.state(connection);
            boolean grown = tree.size() > latest.map(Checkpoint::treeSize).orElse(0L);
            if (!grown || onlyIfStale && latest.isPresent() && !isStale(latest.get())) {
                return latest;
            }
            Checkpoint made = sign(tree.size(), tree.frontier().root());
            CheckpointStore.insert(connection, made);
            return Optional.of(made);
        }));
    }

    private boolean isStale(Checkpoint checkpoint) {
        return Duration.between(Instant.parse(checkpoint.time()), clock.instant()).compareTo(properties.checkpointInterval()) >= 0;
    }

    private Checkpoint sign(long size, byte[] root) {
        LedgerKey.Published published = key.current();
        String time = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        String rootHash = Hex.encode(root);
        byte[] body = Checkpoint.body(properties.origin(), size, rootHash, time, published.keyId());
        return new Checkpoint(properties.origin(), size, rootHash, time, published.keyId(), published.algorithm(),
                Hex.encode(key.sign(body)));
    }
}
