package org.egovarchive.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.kernel.document.StatusMark;

import java.time.Instant;
import java.util.List;

/** The commands of a document after its draft; each names the document and the actor. */
public final class DocumentCommands {

    private DocumentCommands() {
    }

    /** Change the text; refused with 409 when {@code expectedVersion} is no longer the document's version. */
    public record EditDocument(@TargetAggregateIdentifier String documentId, String title, String body,
                               @TargetAggregateVersion Long expectedVersion, Actor actor) implements ActorCommand {
    }

    public record SubmitDocument(@TargetAggregateIdentifier String documentId, Actor actor) implements ActorCommand {
    }

    public record ApproveDocument(@TargetAggregateIdentifier String documentId, String comment, Actor actor)
            implements ActorCommand {
    }

    public record RejectDocument(@TargetAggregateIdentifier String documentId, String reason, Actor actor)
            implements ActorCommand {
    }

    public record SealDocument(@TargetAggregateIdentifier String documentId, String sealId, Actor actor)
            implements ActorCommand {
    }

    /**
     * Put the document online.
     *
     * @param publishedAt the publication date to show: now for a live act, the original date for an
     *                    imported historical record
     */
    public record PublishDocument(@TargetAggregateIdentifier String documentId, Instant publishedAt, Actor actor)
            implements ActorCommand {
    }

    public record WithdrawDocument(@TargetAggregateIdentifier String documentId, String reason, Actor actor)
            implements ActorCommand {
    }

    public record ForwardDocument(@TargetAggregateIdentifier String documentId, List<String> toDepartments, String note,
                                  Actor actor) implements ActorCommand {
    }

    public record ArchiveDocument(@TargetAggregateIdentifier String documentId, int retentionYears, Actor actor)
            implements ActorCommand {
    }

    public record MarkDocumentStatus(@TargetAggregateIdentifier String documentId, StatusMark mark, String note,
                                     String relatedDocumentId, Actor actor) implements ActorCommand {
    }
}
