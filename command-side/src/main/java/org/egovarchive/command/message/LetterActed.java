package org.egovarchive.command.message;

import org.egovarchive.kernel.message.MessageStatus;

import java.time.Instant;

/** What an act on a letter did: the letter's version, status and due date right after it. */
public record LetterActed(long version, MessageStatus status, Instant dueAt) {
}
