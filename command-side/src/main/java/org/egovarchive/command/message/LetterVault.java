package org.egovarchive.command.message;

import java.util.Optional;

/**
 * What a letter keeps outside its events: the writer's contact details and the tracking code's
 * hash. Written in the same transaction as the letter's first event.
 */
public interface LetterVault {

    void keep(String messageId, Contact contact, String trackingCodeHash);

    Optional<String> messageOf(String trackingCodeHash);

    Optional<Contact> contactOf(String messageId);
}
