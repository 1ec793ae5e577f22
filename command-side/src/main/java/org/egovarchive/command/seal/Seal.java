package org.egovarchive.command.seal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.seal.SealCommands.AuthorizeKeeper;
import org.egovarchive.command.seal.SealCommands.RegisterSeal;
import org.egovarchive.command.seal.SealCommands.RevokeKeeper;
import org.egovarchive.command.seal.SealCommands.RevokeSeal;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.seal.SealEvent;
import org.egovarchive.kernel.seal.SealKeeperAuthorized;
import org.egovarchive.kernel.seal.SealKeeperRevoked;
import org.egovarchive.kernel.seal.SealRecord;
import org.egovarchive.kernel.seal.SealRegistered;
import org.egovarchive.kernel.seal.SealRevoked;
import org.egovarchive.kernel.staff.StaffRole;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An electronic seal of a department and who may apply it. Only admins manage seals. */
@Aggregate
public class Seal {

    @AggregateIdentifier
    private String sealId;
    private SealRecord state;

    protected Seal() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Seal(RegisterSeal command) {
        requireAdmin(command.actor());
        apply(new SealRegistered(command.sealId(), command.name(), command.department(), command.algorithm(),
                command.publicKey()));
    }

    @CommandHandler
    public void handle(AuthorizeKeeper command) {
        requireAdmin(command.actor());
        requireNotRevoked();
        if (state.isKeeper(command.username())) {
            throw ActRefused.conflict("already-keeper", command.username() + " already keeps this seal");
        }
        apply(new SealKeeperAuthorized(sealId, command.username()));
    }

    @CommandHandler
    public void handle(RevokeKeeper command) {
        requireAdmin(command.actor());
        if (!state.isKeeper(command.username())) {
            throw ActRefused.conflict("not-keeper", command.username() + " does not keep this seal");
        }
        apply(new SealKeeperRevoked(sealId, command.username()));
    }

    @CommandHandler
    public void handle(RevokeSeal command) {
        requireAdmin(command.actor());
        requireNotRevoked();
        apply(new SealRevoked(sealId, command.reason()));
    }

    /**
     * Every event of the stream comes here, so that one of another kind is a broken record that fails
     * the load instead of being skipped (Axon would pass over an event no handler takes).
     */
    @EventSourcingHandler
    void on(Object event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (!(event instanceof SealEvent e)) {
            throw new IllegalStateException("not a seal event: " + event.getClass().getName());
        }
        state = SealRecord.next(state, e, sequence, at);
        sealId = state.sealId();
    }

    private void requireNotRevoked() {
        if (state.revokedAt() != null) {
            throw ActRefused.conflict("seal-revoked", "the seal was revoked");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(StaffRole.ADMIN)) {
            throw ActRefused.forbidden("role", "managing seals needs the role ADMIN; " + actor.username() + " is " + actor.role());
        }
    }
}
