package org.egovarchive.query.projection;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.message.MessageEvent;
import org.egovarchive.query.elastic.ReadModel;

/**
 * Letters into {@code messages}: the statistics, overdue lists, leader queue and public replies board
 * read it. The state folded is the letter without its private text, dropped again after every event.
 */
public class MessageProjection extends StatefulProjection<LetterRecord, MessageView> {

    private final WorkingDayCalendar calendar;

    public MessageProjection(ViewStore views, WorkingDayCalendar calendar) {
        super(views, ReadModel.MESSAGES, MessageView.class);
        this.calendar = calendar;
    }

    @Override
    public String aggregateType() {
        return "Message";
    }

    @Override
    protected LetterRecord next(LetterRecord prior, TypedEvent event) {
        return LetterRecord.next(prior, as(MessageEvent.class, event), event.envelope().sequence()).withoutPrivateText();
    }

    @Override
    protected MessageView view(LetterRecord record, String lastHash, Hold hold) {
        return MessageView.of(record, lastHash, hold, calendar);
    }

    @Override
    protected long version(LetterRecord record) {
        return record.version();
    }
}
