package org.egovarchive.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.egovarchive.command.staff.Actor;

import java.time.Instant;

/**
 * Put the document online.
 *
 * @param publishedAt the publication date to show: now for a live act, the original date for an
 *                    imported historical record
 */
public record PublishDocument(@TargetAggregateIdentifier String documentId, Instant publishedAt, Actor actor) {
}
