package org.egovarchive.command.ledger;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch of the ledger processor: the tree's state as committed, read once when the batch starts,
 * the leaves and nodes the batch adds, and their writing when the batch commits.
 */
final class LedgerBatch {

    private static final Logger log = LoggerFactory.getLogger(LedgerBatch.class);

    private final Connection connection;
    private final Checkpointer checkpointer;
    private final List<TreeStore.Leaf> leaves = new ArrayList<>();
    private final List<Frontier.Node> nodes = new ArrayList<>();
    private TreeStore.State state;
    private int skipped;

    LedgerBatch(Connection connection, Checkpointer checkpointer) {
        this.connection = connection;
        this.checkpointer = checkpointer;
    }

    void append(DomainEventMessage<?> event, long globalIndex, String chainHash) throws SQLException {
        if (state == null) {
            state = TreeStore.state(connection);
        }
        // only a reset token brings back events the ledger holds; they keep the leaf they have
        if (globalIndex <= state.maxGlobalIndex() && TreeStore.leafIndex(connection, event.getIdentifier()).isPresent()) {
            skipped++;
            return;
        }
        // the timestamp exactly as the JDBC engine stored it
        LeafInput input = new LeafInput(event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), DateTimeUtils.formatInstant(event.getTimestamp()), chainHash);
        Frontier frontier = state.frontier();
        leaves.add(new TreeStore.Leaf(frontier.size(), event.getIdentifier(), globalIndex));
        nodes.addAll(frontier.append(input.leafHash()));
    }

    void flush() throws SQLException {
        if (skipped > 0) {
            log.warn("{} events of this batch were already on the ledger and were skipped (was the ledger's token reset?)",
                    skipped);
        }
        if (leaves.isEmpty()) {
            return;
        }
        TreeStore.insert(connection, leaves, nodes);
        checkpointer.afterAppend(connection, state.frontier().size(), state.frontier().root());
    }
}
