package org.egovarchive.query.projection;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.query.elastic.ReadModel;

/** Letters into {@code messages}: the statistics, overdue lists, leader queue and public replies board read it. */
public class MessageProjection extends StatefulProjection<MessageView> {

    private final MessageFold fold;

    public MessageProjection(ViewStore views, WorkingDayCalendar calendar) {
        super(views, ReadModel.MESSAGES, MessageView.class);
        this.fold = new MessageFold(calendar);
    }

    @Override
    public String aggregateType() {
        return "Message";
    }

    @Override
    protected boolean isFirst(Object payload) {
        return payload instanceof MessageReceived;
    }

    @Override
    protected MessageView start(TypedEvent first) {
        return fold.received((MessageReceived) first.payload(), first.envelope().sequence());
    }

    @Override
    protected MessageView apply(MessageView view, TypedEvent event) {
        return fold.apply(view, event.payload(), event.envelope().sequence());
    }

    @Override
    protected long version(MessageView view) {
        return view.version();
    }
}
