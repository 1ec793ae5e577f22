package org.egovarchive.command.document;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.egovarchive.command.document.DocumentCommands.ApproveDocument;
import org.egovarchive.command.document.DocumentCommands.ArchiveDocument;
import org.egovarchive.command.document.DocumentCommands.EditDocument;
import org.egovarchive.command.document.DocumentCommands.ForwardDocument;
import org.egovarchive.command.document.DocumentCommands.MarkDocumentStatus;
import org.egovarchive.command.document.DocumentCommands.PublishDocument;
import org.egovarchive.command.document.DocumentCommands.RejectDocument;
import org.egovarchive.command.document.DocumentCommands.SealDocument;
import org.egovarchive.command.document.DocumentCommands.SubmitDocument;
import org.egovarchive.command.document.DocumentCommands.WithdrawDocument;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.document.DocumentApproved;
import org.egovarchive.kernel.document.DocumentArchived;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentEdited;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentForwarded;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentRejected;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.document.DocumentStatusMarked;
import org.egovarchive.kernel.document.DocumentSubmitted;
import org.egovarchive.kernel.document.DocumentWithdrawn;
import org.egovarchive.kernel.document.PublicationBlocked;
import org.egovarchive.kernel.staff.StaffRole;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.egovarchive.command.document.DocumentPolicy.require;
import static org.egovarchive.command.document.DocumentPolicy.requireNotContributor;
import static org.egovarchive.command.document.DocumentPolicy.requireState;

/**
 * A document of a department, from draft through review and sign-off (审签), sealing and
 * publication to withdrawal and archiving. The rules live in {@link DocumentPolicy}; the state in a
 * {@link DocumentRecord}, built by the one fold of a document that the API, the audit and the read models use.
 */
@Aggregate
public class Document {

    @AggregateIdentifier
    private String documentId;
    private DocumentRecord current;

    protected Document() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Document(DraftDocument command) {
        require(command.actor(), command.actor().department(), StaffRole.AUTHOR, StaffRole.APPROVER);
        apply(new DocumentDrafted(command.documentId(), command.actor().department(), command.channel(),
                command.docType(), command.classification(), command.title(), command.body(),
                command.actor().username(), command.number()));
    }

    @CommandHandler
    public Acted handle(EditDocument command) {
        require(command.actor(), current.department(), StaffRole.AUTHOR, StaffRole.APPROVER);
        if (current.state() == DocumentState.ARCHIVED) {
            throw ActRefused.conflict("archived", "an archived document can no longer be changed");
        }
        apply(new DocumentEdited(documentId, command.title(), command.body(), current.content().contentVersion() + 1,
                command.actor().username()));
        return acted();
    }

    @CommandHandler
    public Acted handle(SubmitDocument command) {
        require(command.actor(), current.department(), StaffRole.AUTHOR);
        requireState(current, DocumentState.DRAFT);
        apply(new DocumentSubmitted(documentId, current.content().contentVersion(), command.actor().username()));
        return acted();
    }

    @CommandHandler
    public Acted handle(ApproveDocument command) {
        require(command.actor(), current.department(), StaffRole.APPROVER);
        requireNotContributor(current, command.actor(), "approve");
        requireState(current, DocumentState.SUBMITTED);
        apply(new DocumentApproved(documentId, current.content().contentVersion(), command.actor().username(), command.comment()));
        return acted();
    }

    @CommandHandler
    public Acted handle(RejectDocument command) {
        require(command.actor(), current.department(), StaffRole.APPROVER);
        requireNotContributor(current, command.actor(), "reject");
        requireState(current, DocumentState.SUBMITTED);
        apply(new DocumentRejected(documentId, current.content().contentVersion(), command.actor().username(), command.reason()));
        return acted();
    }

    @CommandHandler
    public SealOutcome handle(SealDocument command, Sealer sealer) {
        require(command.actor(), current.department(), StaffRole.SEAL_KEEPER);
        requireNotContributor(current, command.actor(), "seal");
        requireState(current, DocumentState.APPROVED);
        Sealer.Signed signed = sealer.seal(command.sealId(), command.actor(), current.department(), current.sealedContent());
        apply(new DocumentSealed(documentId, command.sealId(), command.actor().username(), signed.algorithm(),
                current.content().contentVersion(), signed.contentDigest(), signed.signature()));
        return new SealOutcome(version(), signed);
    }

    /** Classified content is refused first — and the refusal recorded — whatever state the document is in. */
    @CommandHandler
    public PublishOutcome handle(PublishDocument command, SealVerifier verifier) {
        require(command.actor(), current.department(), StaffRole.AUTHOR, StaffRole.APPROVER);
        List<String> findings = ClassificationMarkings.scan(current.content().title(), current.content().body());
        if (!current.filing().classification().publishable() || !findings.isEmpty()) {
            String reason = !current.filing().classification().publishable()
                    ? "only PUBLIC documents may be published (涉密不上网); this one is " + current.filing().classification()
                    : "the text carries a classification marking (涉密不上网): " + String.join("; ", findings);
            apply(new PublicationBlocked(documentId, current.filing().classification(), reason, findings));
            return new PublishOutcome.Blocked(version(), reason, findings);
        }
        requireState(current, DocumentState.SEALED);
        if (!current.sealCoversCurrentContent()) {
            throw ActRefused.conflict("not-sealed", "the current text has no seal; it must be approved and sealed again");
        }
        verifier.problem(current.seal(), current.sealedContent()).ifPresent(problem -> {
            throw ActRefused.conflict("seal-invalid", "the seal does not hold: " + problem);
        });
        apply(new DocumentPublished(documentId, current.filing().channel(), command.publishedAt()));
        return new PublishOutcome.Published(version());
    }

    @CommandHandler
    public Acted handle(WithdrawDocument command) {
        require(command.actor(), current.department(), StaffRole.AUTHOR, StaffRole.APPROVER);
        if (!current.publication().online()) {
            throw ActRefused.conflict("not-online", "the document is not on the public site");
        }
        apply(new DocumentWithdrawn(documentId, command.reason()));
        return acted();
    }

    @CommandHandler
    public Acted handle(ForwardDocument command) {
        require(command.actor(), current.department(), StaffRole.AUTHOR, StaffRole.APPROVER, StaffRole.SEAL_KEEPER);
        if (command.toDepartments().contains(current.department())) {
            throw ActRefused.unprocessable("forward-to-self", "a document is not forwarded to its own department",
                    Map.of("field", "toDepartments"));
        }
        apply(new DocumentForwarded(documentId, List.copyOf(command.toDepartments()), command.note()));
        return acted();
    }

    @CommandHandler
    public Acted handle(ArchiveDocument command) {
        require(command.actor(), current.department(), StaffRole.APPROVER);
        if (current.state() == DocumentState.ARCHIVED) {
            throw ActRefused.conflict("archived", "the document is already archived");
        }
        apply(new DocumentArchived(documentId, command.retentionYears()));
        return acted();
    }

    @CommandHandler
    public Acted handle(MarkDocumentStatus command) {
        require(command.actor(), current.department(), StaffRole.AUTHOR, StaffRole.APPROVER);
        if (!current.everPublished()) {
            throw ActRefused.conflict("never-published", "only a published document carries a status mark");
        }
        if (command.note() != null && !command.mark().notes().contains(command.note())) {
            throw ActRefused.unprocessable("note-not-listed", "a status-mark note goes on the public page unreviewed, "
                    + "so it is one of " + command.mark().notes() + "; link the amending document by relatedDocumentId",
                    Map.of("field", "note"));
        }
        apply(new DocumentStatusMarked(documentId, command.mark(), command.note(), command.relatedDocumentId()));
        return acted();
    }

    /**
     * Every event of the stream comes here, so that one of another kind is a broken record that fails
     * the load instead of being skipped (Axon would pass over an event no handler takes).
     */
    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!(event instanceof DocumentEvent e)) {
            throw new IllegalStateException("not a document event: " + event.getClass().getName());
        }
        current = DocumentRecord.next(current, e, sequence, at);
        documentId = current.documentId();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    private Acted acted() {
        return new Acted(version(), current.state());
    }
}
