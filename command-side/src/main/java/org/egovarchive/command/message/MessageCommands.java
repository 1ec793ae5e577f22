package org.egovarchive.command.message;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;

import java.time.Instant;

/**
 * The commands of a letter. Each carries {@code at}, the time of the act: now for a live act, the
 * original time for a letter imported from an earlier system (the demo data is such an import).
 */
public final class MessageCommands {

    private MessageCommands() {
    }

    /** @param assignTo the department the automatic dispatch rule gives it to, or null to wait for the desk */
    public record ReceiveMessage(String messageId, Box box, MessageKind kind, String title, String body,
                                 boolean wantsPublicReply, Contact contact, String trackingCodeHash, String assignTo,
                                 Instant at, Actor actor) implements ActorCommand {
    }

    public record AssignMessage(@TargetAggregateIdentifier String messageId, String department, Instant at, Actor actor)
            implements ActorCommand {
    }

    public record ForwardMessage(@TargetAggregateIdentifier String messageId, String toDepartment, String reason,
                                 Instant at, Actor actor) implements ActorCommand {
    }

    public record EscalateMessage(@TargetAggregateIdentifier String messageId, String note, Instant at, Actor actor)
            implements ActorCommand {
    }

    public record InstructMessage(@TargetAggregateIdentifier String messageId, String instruction, Instant at, Actor actor)
            implements ActorCommand {
    }

    public record ExplainMessage(@TargetAggregateIdentifier String messageId, String explanation, int extendWorkingDays,
                                 Instant at, Actor actor) implements ActorCommand {
    }

    public record ReplyMessage(@TargetAggregateIdentifier String messageId, String body, boolean publicReply, Instant at,
                               Actor actor) implements ActorCommand {
    }

    public record CloseMessage(@TargetAggregateIdentifier String messageId, Instant at, Actor actor)
            implements ActorCommand {
    }

    public record RateMessage(@TargetAggregateIdentifier String messageId, int score, String comment, Instant at, Actor actor)
            implements ActorCommand {
    }

    public record ReopenMessage(@TargetAggregateIdentifier String messageId, String reason, Instant at, Actor actor)
            implements ActorCommand {
    }
}
