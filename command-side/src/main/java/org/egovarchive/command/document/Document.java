package org.egovarchive.command.document;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.staff.StaffRole;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A document of a department, from draft to the public site. */
@Aggregate
public class Document {

    @AggregateIdentifier
    private String documentId;
    private String department;
    private String channel;
    private Classification classification;
    private DocumentState state;

    protected Document() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Document(DraftDocument command) {
        requireRole(command.actor(), StaffRole.AUTHOR);
        apply(new DocumentDrafted(command.documentId(), command.actor().department(), command.channel(),
                command.docType(), command.classification(), command.title(), command.body(),
                command.actor().username()));
    }

    @CommandHandler
    public long handle(PublishDocument command) {
        requireDepartment(command.actor());
        if (state == DocumentState.PUBLISHED) {
            throw ActRefused.conflict("already-published", "the document is already published");
        }
        if (!classification.publishable()) {
            throw ActRefused.unprocessable("classified", "only PUBLIC documents may be published (涉密不上网); this one is "
                    + classification, Map.of("classification", classification.name()));
        }
        apply(new DocumentPublished(documentId, channel, documentId, command.publishedAt()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(DocumentDrafted event) {
        documentId = event.documentId();
        department = event.department();
        channel = event.channel();
        classification = event.classification();
        state = DocumentState.DRAFT;
    }

    @EventSourcingHandler
    void on(DocumentPublished event) {
        state = DocumentState.PUBLISHED;
    }

    private void requireDepartment(Actor actor) {
        if (!actor.mayActFor(department)) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not act on a document of " + department);
        }
    }

    private static void requireRole(Actor actor, StaffRole role) {
        if (!actor.is(role)) {
            throw ActRefused.forbidden("role", "this act needs the role " + role + "; " + actor.username()
                    + " is " + actor.role());
        }
    }
}
