package org.egovarchive.command.ledger;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One batch of the ledger processor: the leaves it receives, appended to the tree as committed when
 * the batch commits. The events' global indexes, and whether any is on the ledger already, are looked
 * up then in one query: a gap-aware token's position is the highest index seen, not the event's own,
 * when a late-committing event fills a gap.
 */
final class LedgerBatch {

    private static final Logger log = LoggerFactory.getLogger(LedgerBatch.class);

    private final Connection connection;
    private final Checkpointer checkpointer;
    private final List<LeafInput> received = new ArrayList<>();

    LedgerBatch(Connection connection, Checkpointer checkpointer) {
        this.connection = connection;
        this.checkpointer = checkpointer;
    }

    void append(DomainEventMessage<?> event, String chainHash) {
        // the timestamp exactly as the JDBC engine stored it
        received.add(new LeafInput(event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), DateTimeUtils.formatInstant(event.getTimestamp()), chainHash));
    }

    void flush() throws SQLException {
        if (received.isEmpty()) {
            return;
        }
        Map<String, TreeStore.Stored> stored = TreeStore.lookUp(connection, received.stream().map(LeafInput::eventId).toList());
        TreeStore.State state = TreeStore.state(connection);
        Frontier frontier = state.frontier();
        List<TreeStore.Leaf> leaves = new ArrayList<>();
        List<Frontier.Node> nodes = new ArrayList<>();
        int skipped = 0;
        for (LeafInput input : received) {
            TreeStore.Stored event = stored.get(input.eventId());
            if (event == null) {
                throw new IllegalStateException("event " + input.eventId() + " is not in the event store");
            }
            // only a reset token brings back events the ledger holds; they keep the leaf they have
            if (event.onLedger()) {
                skipped++;
                continue;
            }
            leaves.add(new TreeStore.Leaf(frontier.size(), input.eventId(), event.globalIndex()));
            nodes.addAll(frontier.append(input.leafHash()));
        }
        if (skipped > 0) {
            log.warn("{} events of this batch were already on the ledger and were skipped (was the ledger's token reset?)",
                    skipped);
        }
        if (!leaves.isEmpty()) {
            TreeStore.insert(connection, leaves, nodes);
            checkpointer.afterAppend(connection, frontier.size(), frontier.root());
        }
    }
}
