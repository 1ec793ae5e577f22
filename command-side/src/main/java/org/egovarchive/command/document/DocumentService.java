package org.egovarchive.command.document;

import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.document.DocumentCommands.ForwardDocument;
import org.egovarchive.command.document.DocumentCommands.PublishDocument;
import org.egovarchive.command.document.DocumentCommands.SealDocument;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Map;

/**
 * The documents application service, between the web layer (API and pages alike) and the aggregate:
 * who may read a document, that the departments named exist, the public address of a published
 * document, and what each act did (the document's version and state, as the aggregate answered).
 */
@Service
public class DocumentService {

    private final Commands commands;
    private final DocumentReader reader;
    private final Departments departments;
    private final Clock clock;
    private final String publicBaseUrl;

    public DocumentService(Commands commands, DocumentReader reader, Departments departments, Clock clock,
                           @Value("${egov.public-base-url}") String publicBaseUrl) {
        this.commands = commands;
        this.reader = reader;
        this.departments = departments;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Drafts a new document; returns its id. */
    public String draft(DraftDocument command) {
        commands.send(command);
        return command.documentId();
    }

    /** Any act whose answer is the document's new version and state. */
    public Acted act(ActorCommand command) {
        return commands.send(command);
    }

    public SealOutcome seal(SealDocument command) {
        return commands.send(command);
    }

    /** Publishes now; a refusal for classified content is recorded and answered as a 422 naming the findings. */
    public Acted publish(String documentId, Actor actor) {
        PublishOutcome outcome = commands.send(new PublishDocument(documentId, clock.instant(), actor));
        if (outcome instanceof PublishOutcome.Blocked blocked) {
            throw ActRefused.unprocessable("classified", blocked.reason(), Map.of("findings", blocked.findings()));
        }
        return new Acted(outcome.version(), DocumentState.PUBLISHED);
    }

    public Acted forward(ForwardDocument command) {
        command.toDepartments().stream().filter(d -> !departments.exists(d)).findFirst().ifPresent(unknown -> {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + unknown,
                    Map.of("field", "toDepartments"));
        });
        return commands.send(command);
    }

    /** The document now, for its department, the departments it was forwarded to, and leaders, auditors and admins. */
    public DocumentRecord read(String documentId, Actor actor) {
        DocumentRecord document = reader.current(documentId)
                .orElseThrow(() -> ActRefused.notFound("not-found", "no document " + documentId));
        if (!actor.mayActFor(document.department()) && !document.forwardedTo().contains(actor.department())) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not read a document of " + document.department());
        }
        return document;
    }

    /** Where the public site shows a published document. */
    public String publicUrl(String documentId) {
        return publicBaseUrl + "/documents/" + documentId;
    }
}
