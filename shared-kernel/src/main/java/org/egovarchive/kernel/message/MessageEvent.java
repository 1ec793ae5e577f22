package org.egovarchive.kernel.message;

import java.util.List;

/**
 * An event of a letter's life. Sealed, so that the one fold of a letter ({@link LetterRecord#next}) is
 * written against every event there is; a new event is added here and taught to that fold.
 */
public sealed interface MessageEvent permits MessageReceived, MessageAssigned, MessageForwarded, MessageEscalated,
        LeaderInstructed, MessageExplained, MessageReplied, MessageClosed, MessageRated, MessageReopened {

    /** Every letter event type, for the registry of the published language. */
    List<Class<?>> TYPES = List.of(MessageEvent.class.getPermittedSubclasses());

    String messageId();
}
