package org.egovarchive.kernel.message;

import java.util.List;

/** The letter event types, for the registry of the published language. */
public final class MessageEvents {

    public static final List<Class<?>> ALL = List.of(
            MessageReceived.class,
            MessageAssigned.class,
            MessageForwarded.class,
            MessageEscalated.class,
            LeaderInstructed.class,
            MessageExplained.class,
            MessageReplied.class,
            MessageClosed.class,
            MessageRated.class,
            MessageReopened.class);

    private MessageEvents() {
    }
}
