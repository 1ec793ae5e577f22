package org.egovarchive.command.message;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.egovarchive.command.document.ClassificationMarkings;
import org.egovarchive.command.message.MessageCommands.AssignMessage;
import org.egovarchive.command.message.MessageCommands.CloseMessage;
import org.egovarchive.command.message.MessageCommands.EscalateMessage;
import org.egovarchive.command.message.MessageCommands.ExplainMessage;
import org.egovarchive.command.message.MessageCommands.ForwardMessage;
import org.egovarchive.command.message.MessageCommands.InstructMessage;
import org.egovarchive.command.message.MessageCommands.RateMessage;
import org.egovarchive.command.message.MessageCommands.ReceiveMessage;
import org.egovarchive.command.message.MessageCommands.ReopenMessage;
import org.egovarchive.command.message.MessageCommands.ReplyMessage;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.message.LeaderInstructed;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageClosed;
import org.egovarchive.kernel.message.MessageEscalated;
import org.egovarchive.kernel.message.MessageEvent;
import org.egovarchive.kernel.message.MessageExplained;
import org.egovarchive.kernel.message.MessageForwarded;
import org.egovarchive.kernel.message.MessageRated;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReopened;
import org.egovarchive.kernel.message.MessageReplied;
import org.egovarchive.kernel.message.MessageStatus;
import org.egovarchive.kernel.staff.StaffRole;

import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.egovarchive.command.message.LetterPolicy.requireHandler;
import static org.egovarchive.command.message.LetterPolicy.requireOpen;
import static org.egovarchive.command.message.LetterPolicy.requireRole;

/**
 * A citizen's letter, from receipt to rating: answered in order and on time (working days), passed
 * to the department it belongs to (转办), sent up to a leader (送领导阅示) when it must be. Rules live
 * in {@link LetterPolicy}; state in a {@link LetterRecord}, built by the one fold of a letter.
 */
@Aggregate
public class Message {

    @AggregateIdentifier
    private String messageId;
    private LetterRecord current;

    protected Message() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** The contact goes to the vault and only its digest on record, in the same transaction. */
    @CommandHandler
    public Message(ReceiveMessage command, LetterVault vault, DueDates dueDates) {
        vault.keep(command.messageId(), command.contact(), command.trackingCodeHash());
        apply(new MessageReceived(command.messageId(), command.box(), command.kind(), command.title(), command.body(),
                command.wantsPublicReply(), command.contact().digest(), command.trackingCodeHash(),
                dueDates.workingDays(command.box(), command.kind()),
                dueDates.dueAt(command.at(), command.box(), command.kind()), command.at()));
        if (command.assignTo() != null) {
            apply(new MessageAssigned(command.messageId(), command.assignTo(), command.at()));
        }
    }

    @CommandHandler
    public LetterActed handle(AssignMessage command) {
        requireRole(command.actor(), StaffRole.ADMIN);
        requireOpen(current);
        if (command.department().equals(current.department())) {
            throw ActRefused.conflict("same-department", "the letter is already with " + command.department());
        }
        apply(new MessageAssigned(messageId, command.department(), command.at()));
        return acted();
    }

    /** 转办: the due date keeps running from receipt. */
    @CommandHandler
    public LetterActed handle(ForwardMessage command) {
        requireHandler(current, command.actor());
        requireOpen(current);
        if (command.toDepartment().equals(current.department())) {
            throw ActRefused.conflict("forward-to-self", "the letter is already with " + command.toDepartment());
        }
        apply(new MessageForwarded(messageId, current.department(), command.toDepartment(), command.reason(), command.at()));
        return acted();
    }

    @CommandHandler
    public LetterActed handle(EscalateMessage command) {
        requireHandler(current, command.actor());
        requireOpen(current);
        if (current.status() == MessageStatus.ESCALATED) {
            throw ActRefused.conflict("already-escalated", "the letter is already with a leader");
        }
        apply(new MessageEscalated(messageId, current.department(), command.note(), command.at()));
        return acted();
    }

    @CommandHandler
    public LetterActed handle(InstructMessage command) {
        requireRole(command.actor(), StaffRole.LEADER);
        if (current.status() != MessageStatus.ESCALATED) {
            throw ActRefused.conflict("not-escalated", "only a letter sent up is instructed; this one is " + current.status());
        }
        apply(new LeaderInstructed(messageId, command.actor().username(), command.instruction(), command.at()));
        return acted();
    }

    /** An explanation may extend the due date once, to at most the policy's bound in all. */
    @CommandHandler
    public LetterActed handle(ExplainMessage command, DueDates dueDates) {
        requireHandler(current, command.actor());
        requireOpen(current);
        int extend = command.extendWorkingDays();
        if (extend > 0 && current.due().extended()) {
            throw ActRefused.conflict("already-extended", "the due date of a letter is extended once only");
        }
        int max = dueDates.maxExtension(current.letter().box(), current.letter().kind());
        if (extend < 0 || extend > max) {
            throw ActRefused.unprocessable("extension-too-long", "an explanation may extend this letter by 1 to " + max
                    + " working days", Map.of("field", "extendWorkingDays"));
        }
        apply(new MessageExplained(messageId, current.department(), command.explanation(), extend,
                extend > 0 ? dueDates.extendedDueAt(current.letter().receivedAt(), current.letter().box(), current.letter().kind(), extend) : null,
                command.at()));
        return acted();
    }

    @CommandHandler
    public LetterActed handle(ReplyMessage command) {
        requireHandler(current, command.actor());
        requireOpen(current);
        if (command.publicReply()) {
            List<String> markings = ClassificationMarkings.scan("", command.body());
            if (!markings.isEmpty()) {
                throw ActRefused.unprocessable("classified", "a public reply goes on the replies board; it carries "
                        + "classification markings " + markings + " (涉密不上网)", Map.of("field", "body"));
            }
        }
        apply(new MessageReplied(messageId, current.department(), command.body(), command.publicReply(), command.at()));
        return acted();
    }

    @CommandHandler
    public LetterActed handle(CloseMessage command) {
        requireHandler(current, command.actor());
        if (current.status() != MessageStatus.REPLIED) {
            throw ActRefused.conflict("not-replied", "a letter is closed after its reply; this one is " + current.status());
        }
        apply(new MessageClosed(messageId, current.department(), command.at()));
        return acted();
    }

    @CommandHandler
    public LetterActed handle(RateMessage command) {
        if (!current.answered()) {
            throw ActRefused.conflict("not-replied", "a letter is rated after its reply");
        }
        if (current.rating() != null) {
            throw ActRefused.conflict("already-rated", "this letter was rated already");
        }
        apply(new MessageRated(messageId, command.score(), command.comment(), command.at()));
        return acted();
    }

    @CommandHandler
    public LetterActed handle(ReopenMessage command) {
        if (!command.actor().is(StaffRole.ADMIN)) {
            requireHandler(current, command.actor());
        }
        if (current.status().open()) {
            throw ActRefused.conflict("open", "the letter is still open");
        }
        apply(new MessageReopened(messageId, current.department(), command.reason(), command.at()));
        return acted();
    }

    private LetterActed acted() {
        return new LetterActed(current.version(), current.status(), current.due().dueAt());
    }

    /**
     * Every event of the stream comes here, so that one of another kind is a broken record that fails
     * the load instead of being skipped (Axon would pass over an event no handler takes).
     */
    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequence) {
        if (!(event instanceof MessageEvent e)) {
            throw new IllegalStateException("not a letter event: " + event.getClass().getName());
        }
        current = LetterRecord.next(current, e, sequence);
        messageId = current.messageId();
    }
}
