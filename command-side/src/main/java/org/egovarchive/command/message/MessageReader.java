package org.egovarchive.command.message;

import org.egovarchive.command.history.RecordHistory;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.message.MessageEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Rebuilds a letter from its events with the one fold of a letter — now, or as it was recorded up to an instant. */
@Component
public class MessageReader {

    private final RecordHistory history;

    public MessageReader(RecordHistory history) {
        this.history = history;
    }

    public Optional<LetterRecord> current(String messageId) {
        return at(messageId, Instant.MAX);
    }

    public Optional<LetterRecord> at(String messageId, Instant instant) {
        return history.at(messageId, instant, MessageEvent.class, (prior, event, sequence, at) ->
                LetterRecord.next(prior, event, sequence));
    }
}
