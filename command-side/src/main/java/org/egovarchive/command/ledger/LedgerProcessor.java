package org.egovarchive.command.ledger;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Appends every stored event to the ledger, in the order this processor receives them. Its own
 * tracking processor ({@value #PROCESSING_GROUP}, one segment), so that the ledger neither waits for
 * Kafka nor holds the relay back. A batch's leaves and nodes (and a checkpoint, when one is due) are
 * written through the unit of work's connection, the one Axon's token store writes the batch's token
 * with: they commit together or not at all, so each event is appended exactly once.
 */
@Component
@ProcessingGroup(LedgerProcessor.PROCESSING_GROUP)
public class LedgerProcessor {

    public static final String PROCESSING_GROUP = "ledger";
    private static final String BATCH = LedgerProcessor.class.getName() + ".batch";

    private final ConnectionProvider connections;
    private final Checkpointer checkpointer;
    private final ChainHashes chainHashes;

    public LedgerProcessor(ConnectionProvider connections, Checkpointer checkpointer, ChainHashes chainHashes) {
        this.connections = connections;
        this.checkpointer = checkpointer;
        this.chainHashes = chainHashes;
    }

    @EventHandler
    public void on(EventMessage<?> event) throws SQLException {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalStateException("only aggregate events are stored here, got " + event.getPayloadType());
        }
        batch().append(domainEvent, chainHashes.of(domainEvent));
    }

    private LedgerBatch batch() throws SQLException {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        LedgerBatch batch = root.getResource(BATCH);
        if (batch == null) {
            batch = new LedgerBatch(connections.getConnection(), checkpointer);
            root.resources().put(BATCH, batch);
            LedgerBatch flushed = batch;
            root.onPrepareCommit(unitOfWork -> {
                try {
                    flushed.flush();
                } catch (SQLException e) {
                    throw new LedgerWriteException(e);
                }
            });
        }
        return batch;
    }

    /** The batch could not be written; the processor rolls it back with its token and retries. */
    static final class LedgerWriteException extends RuntimeException {
        LedgerWriteException(SQLException cause) {
            super("the ledger could not write its batch; it will be retried", cause);
        }
    }
}
