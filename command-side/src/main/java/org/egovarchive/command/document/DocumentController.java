package org.egovarchive.command.document;

import jakarta.validation.Valid;
import org.egovarchive.command.dispatch.Commands;
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
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.document.DocumentState;
import org.springframework.beans.factory.annotation.Value;
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
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** The staff API for documents (API.md, "Documents"). */
@RestController
@RequestMapping("/api/documents")
public class DocumentController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Commands commands;
    private final DocumentReader reader;
    private final Departments departments;
    private final Clock clock;
    private final String publicBaseUrl;

    public DocumentController(Commands commands, DocumentReader reader, Departments departments, Clock clock,
                              @Value("${egov.public-base-url}") String publicBaseUrl) {
        this.commands = commands;
        this.reader = reader;
        this.departments = departments;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @PostMapping(consumes = JSON)
    public ResponseEntity<DocumentResponses.Versioned> draft(@Valid @RequestBody DocumentRequests.Draft request,
                                                             @CurrentActor StaffUser user) {
        String id = UUID.randomUUID().toString();
        commands.send(new DraftDocument(id, request.channel(), request.docType(), request.classification(),
                request.title(), request.body(), blankToNull(request.number()), user.actor()), user.actor());
        return ResponseEntity.created(URI.create("/api/documents/" + id)).body(new DocumentResponses.Versioned(id, 0));
    }

    @PutMapping(path = "/{id}", consumes = JSON)
    public DocumentResponses.Versioned edit(@PathVariable String id, @Valid @RequestBody DocumentRequests.Edit request,
                                            @CurrentActor StaffUser user) {
        long version = commands.send(new EditDocument(id, request.title(), request.body(), request.expectedVersion(),
                user.actor()), user.actor());
        return new DocumentResponses.Versioned(id, version);
    }

    @PostMapping("/{id}/submit")
    public DocumentResponses.Transition submit(@PathVariable String id, @CurrentActor StaffUser user) {
        return transition(id, new SubmitDocument(id, user.actor()), user.actor(), DocumentState.SUBMITTED);
    }

    @PostMapping(path = "/{id}/approve")
    public DocumentResponses.Transition approve(@PathVariable String id,
                                                @Valid @RequestBody(required = false) DocumentRequests.Approve request,
                                                @CurrentActor StaffUser user) {
        String comment = request == null ? null : request.comment();
        return transition(id, new ApproveDocument(id, comment, user.actor()), user.actor(), DocumentState.APPROVED);
    }

    @PostMapping(path = "/{id}/reject", consumes = JSON)
    public DocumentResponses.Transition reject(@PathVariable String id, @Valid @RequestBody DocumentRequests.Reason request,
                                               @CurrentActor StaffUser user) {
        return transition(id, new RejectDocument(id, request.reason(), user.actor()), user.actor(), DocumentState.REJECTED);
    }

    @PostMapping(path = "/{id}/seal", consumes = JSON)
    public DocumentResponses.Sealed seal(@PathVariable String id, @Valid @RequestBody DocumentRequests.Seal request,
                                         @CurrentActor StaffUser user) {
        SealOutcome sealed = commands.send(new SealDocument(id, request.sealId(), user.actor()), user.actor());
        Sealer.Signed signed = sealed.signed();
        return new DocumentResponses.Sealed(id, sealed.version(), DocumentState.SEALED, signed.algorithm(),
                signed.contentDigest(), signed.signature());
    }

    @PostMapping("/{id}/publish")
    public DocumentResponses.Published publish(@PathVariable String id, @CurrentActor StaffUser user) {
        PublishOutcome outcome = commands.send(new PublishDocument(id, clock.instant(), user.actor()), user.actor());
        if (outcome instanceof PublishOutcome.Blocked blocked) {
            throw ActRefused.unprocessable("classified", blocked.reason(), Map.of("findings", blocked.findings()));
        }
        return new DocumentResponses.Published(id, outcome.version(), DocumentState.PUBLISHED,
                publicBaseUrl + "/documents/" + id);
    }

    @PostMapping(path = "/{id}/withdraw", consumes = JSON)
    public DocumentResponses.Transition withdraw(@PathVariable String id, @Valid @RequestBody DocumentRequests.Reason request,
                                                 @CurrentActor StaffUser user) {
        long version = commands.send(new WithdrawDocument(id, request.reason(), user.actor()), user.actor());
        return new DocumentResponses.Transition(id, version, stateOf(id));
    }

    @PostMapping(path = "/{id}/forward", consumes = JSON)
    public DocumentResponses.Transition forward(@PathVariable String id, @Valid @RequestBody DocumentRequests.Forward request,
                                                @CurrentActor StaffUser user) {
        request.toDepartments().stream().filter(d -> !departments.exists(d)).findFirst().ifPresent(unknown -> {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + unknown,
                    Map.of("field", "toDepartments"));
        });
        long version = commands.send(new ForwardDocument(id, request.toDepartments(), request.note(), user.actor()), user.actor());
        return new DocumentResponses.Transition(id, version, stateOf(id));
    }

    @PostMapping(path = "/{id}/archive", consumes = JSON)
    public DocumentResponses.Transition archive(@PathVariable String id, @Valid @RequestBody DocumentRequests.Archive request,
                                                @CurrentActor StaffUser user) {
        return transition(id, new ArchiveDocument(id, request.retentionYears(), user.actor()), user.actor(), DocumentState.ARCHIVED);
    }

    @PostMapping(path = "/{id}/status-marks", consumes = JSON)
    public DocumentResponses.Transition mark(@PathVariable String id, @Valid @RequestBody DocumentRequests.Mark request,
                                             @CurrentActor StaffUser user) {
        long version = commands.send(new MarkDocumentStatus(id, request.mark(), request.note(),
                blankToNull(request.relatedDocumentId()), user.actor()), user.actor());
        return new DocumentResponses.Transition(id, version, stateOf(id));
    }

    /** Readable by its department, the departments it was forwarded to, and leaders, auditors and admins. */
    @GetMapping("/{id}")
    public DocumentResponses.Detail get(@PathVariable String id, @CurrentActor StaffUser user) {
        DocumentSnapshot document = reader.current(id)
                .orElseThrow(() -> ActRefused.notFound("not-found", "no document " + id));
        Actor actor = user.actor();
        if (!actor.mayActFor(document.department()) && !document.forwardedTo().contains(actor.department())) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not read a document of " + document.department());
        }
        return DocumentResponses.Detail.of(document);
    }

    private DocumentResponses.Transition transition(String id, Object command, Actor actor, DocumentState state) {
        long version = commands.send(command, actor);
        return new DocumentResponses.Transition(id, version, state);
    }

    private DocumentState stateOf(String id) {
        return reader.current(id).map(DocumentSnapshot::state).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
