package org.egovarchive.command.document;

import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;

/** Draft a new document for the actor's department. */
public record DraftDocument(String documentId, String channel, DocType docType, Classification classification,
                            String title, String body, String number, Actor actor) implements ActorCommand {
}
