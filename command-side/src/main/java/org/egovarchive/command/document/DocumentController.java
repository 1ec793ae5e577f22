package org.egovarchive.command.document;

import jakarta.validation.Valid;
import org.egovarchive.command.document.DocumentCommands.ApproveDocument;
import org.egovarchive.command.document.DocumentCommands.ArchiveDocument;
import org.egovarchive.command.document.DocumentCommands.EditDocument;
import org.egovarchive.command.document.DocumentCommands.ForwardDocument;
import org.egovarchive.command.document.DocumentCommands.MarkDocumentStatus;
import org.egovarchive.command.document.DocumentCommands.RejectDocument;
import org.egovarchive.command.document.DocumentCommands.SealDocument;
import org.egovarchive.command.document.DocumentCommands.SubmitDocument;
import org.egovarchive.command.document.DocumentCommands.WithdrawDocument;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.document.DocumentState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** The staff API for documents (API.md, "Documents"); the rules are the {@link DocumentService}'s. */
@RestController
@RequestMapping("/api/documents")
public class DocumentController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final DocumentService documents;

    public DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = JSON)
    public ResponseEntity<DocumentResponses.Versioned> draft(@Valid @RequestBody DocumentRequests.Draft request,
                                                             @CurrentActor StaffUser user) {
        String id = documents.draft(new DraftDocument(UUID.randomUUID().toString(), request.channel(),
                request.docType(), request.classification(), request.title(), request.body(),
                blankToNull(request.number()), user.actor()));
        return ResponseEntity.created(URI.create("/api/documents/" + id)).body(new DocumentResponses.Versioned(id, 0));
    }

    @PutMapping(path = "/{id}", consumes = JSON)
    public DocumentResponses.Versioned edit(@PathVariable String id, @Valid @RequestBody DocumentRequests.Edit request,
                                            @CurrentActor StaffUser user) {
        Acted acted = documents.act(new EditDocument(id, request.title(), request.body(), request.expectedVersion(),
                user.actor()));
        return new DocumentResponses.Versioned(id, acted.version());
    }

    @PostMapping("/{id}/submit")
    public DocumentResponses.Transition submit(@PathVariable String id, @CurrentActor StaffUser user) {
        return transition(id, documents.act(new SubmitDocument(id, user.actor())));
    }

    @PostMapping(path = "/{id}/approve")
    public DocumentResponses.Transition approve(@PathVariable String id,
                                                @Valid @RequestBody(required = false) DocumentRequests.Approve request,
                                                @CurrentActor StaffUser user) {
        String comment = request == null ? null : request.comment();
        return transition(id, documents.act(new ApproveDocument(id, comment, user.actor())));
    }

    @PostMapping(path = "/{id}/reject", consumes = JSON)
    public DocumentResponses.Transition reject(@PathVariable String id, @Valid @RequestBody DocumentRequests.Reason request,
                                               @CurrentActor StaffUser user) {
        return transition(id, documents.act(new RejectDocument(id, request.reason(), user.actor())));
    }

    @PostMapping(path = "/{id}/seal", consumes = JSON)
    public DocumentResponses.Sealed seal(@PathVariable String id, @Valid @RequestBody DocumentRequests.Seal request,
                                         @CurrentActor StaffUser user) {
        SealOutcome sealed = documents.seal(new SealDocument(id, request.sealId(), user.actor()));
        Sealer.Signed signed = sealed.signed();
        return new DocumentResponses.Sealed(id, sealed.version(), DocumentState.SEALED, signed.algorithm(),
                signed.contentDigest(), signed.signature());
    }

    @PostMapping("/{id}/publish")
    public DocumentResponses.Published publish(@PathVariable String id, @CurrentActor StaffUser user) {
        Acted acted = documents.publish(id, user.actor());
        return new DocumentResponses.Published(id, acted.version(), acted.state(), documents.publicUrl(id));
    }

    @PostMapping(path = "/{id}/withdraw", consumes = JSON)
    public DocumentResponses.Transition withdraw(@PathVariable String id, @Valid @RequestBody DocumentRequests.Reason request,
                                                 @CurrentActor StaffUser user) {
        return transition(id, documents.act(new WithdrawDocument(id, request.reason(), user.actor())));
    }

    @PostMapping(path = "/{id}/forward", consumes = JSON)
    public DocumentResponses.Transition forward(@PathVariable String id, @Valid @RequestBody DocumentRequests.Forward request,
                                                @CurrentActor StaffUser user) {
        return transition(id, documents.forward(new ForwardDocument(id, request.toDepartments(), request.note(),
                user.actor())));
    }

    @PostMapping(path = "/{id}/archive", consumes = JSON)
    public DocumentResponses.Transition archive(@PathVariable String id, @Valid @RequestBody DocumentRequests.Archive request,
                                                @CurrentActor StaffUser user) {
        return transition(id, documents.act(new ArchiveDocument(id, request.retentionYears(), user.actor())));
    }

    @PostMapping(path = "/{id}/status-marks", consumes = JSON)
    public DocumentResponses.Transition mark(@PathVariable String id, @Valid @RequestBody DocumentRequests.Mark request,
                                             @CurrentActor StaffUser user) {
        return transition(id, documents.act(new MarkDocumentStatus(id, request.mark(), request.note(),
                blankToNull(request.relatedDocumentId()), user.actor())));
    }

    @GetMapping("/{id}")
    public DocumentDetail get(@PathVariable String id, @CurrentActor StaffUser user) {
        return DocumentDetail.of(documents.read(id, user.actor()));
    }

    private static DocumentResponses.Transition transition(String id, Acted acted) {
        return new DocumentResponses.Transition(id, acted.version(), acted.state());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
