package org.egovarchive.command.audit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.egovarchive.kernel.audit.RecordAccessed;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One audit read, on the record like any act. One aggregate per read rather than one trail per
 * auditor: a read then never waits for another, never replays a long trail to append, and still gets
 * its own hash-chained event and ledger leaf — the ledger, not a per-auditor chain, proves none was removed.
 */
@Aggregate
public class AccessRecord {

    @AggregateIdentifier
    private String accessId;

    protected AccessRecord() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public AccessRecord(RecordAccess command) {
        Auditors.require(command.actor());
        apply(new RecordAccessed(command.accessId(), command.recordKind(), command.recordId(), command.view(),
                command.parameters(), command.channel()));
    }

    @EventSourcingHandler
    void on(RecordAccessed event) {
        accessId = event.accessId();
    }
}
