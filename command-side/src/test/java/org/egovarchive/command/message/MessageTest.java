package org.egovarchive.command.message;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.egovarchive.command.message.MessageCommands.AssignMessage;
import org.egovarchive.command.message.MessageCommands.CloseMessage;
import org.egovarchive.command.message.MessageCommands.EscalateMessage;
import org.egovarchive.command.message.MessageCommands.ExplainMessage;
import org.egovarchive.command.message.MessageCommands.ForwardMessage;
import org.egovarchive.command.message.MessageCommands.InstructMessage;
import org.egovarchive.command.message.MessageCommands.RateMessage;
import org.egovarchive.command.message.MessageCommands.ReceiveMessage;
import org.egovarchive.command.message.MessageCommands.ReopenMessage;
import org.egovarchive.command.message.MessageCommands.ReplyMessage;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.calendar.DueDatePolicy;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.LeaderInstructed;
import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageClosed;
import org.egovarchive.kernel.message.MessageEscalated;
import org.egovarchive.kernel.message.MessageExplained;
import org.egovarchive.kernel.message.MessageForwarded;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageRated;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReopened;
import org.egovarchive.kernel.message.MessageReplied;
import org.egovarchive.kernel.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class MessageTest {

    private static final String ID = "msg-1";
    /** Monday 2026-06-01 10:00 in Beijing. */
    private static final Instant RECEIVED = ZonedDateTime.parse("2026-06-01T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant LATER = RECEIVED.plusSeconds(3600);
    private static final Actor HANDLER1 = new Actor("handler1", StaffRole.HANDLER, "info-center");
    private static final Actor HANDLER2 = new Actor("handler2", StaffRole.HANDLER, "housing");
    private static final Actor LEADER1 = new Actor("leader1", StaffRole.LEADER, "office");
    private static final Actor ADMIN1 = new Actor("admin1", StaffRole.ADMIN, "office");
    private static final Contact CONTACT = new Contact("张三", "13800138000", null);
    private static final DueDates DUE = new DueDates(WorkingDayCalendar.bundled(), DueDatePolicy.defaults());

    private FixtureConfiguration<Message> fixture;
    private final List<String> kept = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Message.class);
        fixture.registerInjectableResource(DUE);
        fixture.registerInjectableResource(new LetterVault() {
            @Override
            public void keep(String messageId, Contact contact, String trackingCodeHash) {
                kept.add(messageId + " " + contact.name());
            }

            @Override
            public Optional<String> messageOf(String trackingCodeHash) {
                return Optional.empty();
            }

            @Override
            public Optional<Contact> contactOf(String messageId) {
                return Optional.empty();
            }
        });
    }

    private static MessageReceived received() {
        return new MessageReceived(ID, Box.MESSAGE_BOARD, MessageKind.CONSULTATION, "咨询", "请问……", true, CONTACT.digest(),
                "h", 5, DUE.dueAt(RECEIVED, Box.MESSAGE_BOARD, MessageKind.CONSULTATION), RECEIVED);
    }

    private static MessageAssigned assigned() {
        return new MessageAssigned(ID, "info-center", RECEIVED);
    }

    private static MessageReplied replied() {
        return new MessageReplied(ID, "info-center", "答复", true, LATER);
    }

    private void refused(Object command, String messagePart, Object... given) {
        fixture.given(given).when(command).expectException(ActRefused.class)
                .expectExceptionMessage(containsString(messagePart)).expectNoEvents();
    }

    @Test
    void aLetterIsReceivedDueInWorkingDaysAndItsContactKeptApart() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMessage(ID, Box.MESSAGE_BOARD, MessageKind.CONSULTATION, "咨询", "请问……", true, CONTACT, "h",
                        "info-center", RECEIVED, Actor.citizen()))
                .expectEvents(received(), assigned());
        assertThat(kept).containsExactly("msg-1 张三");
        assertThat(received().dueAt()).isEqualTo(ZonedDateTime.parse("2026-06-08T23:59:59.999999999+08:00[Asia/Shanghai]").toInstant());
        assertThat(received().toString()).doesNotContain("13800138000").doesNotContain("张三");
    }

    @Test
    void theDeskAssignsAndOnlyTheDesk() {
        fixture.given(received()).when(new AssignMessage(ID, "housing", LATER, ADMIN1))
                .expectEvents(new MessageAssigned(ID, "housing", LATER));
        refused(new AssignMessage(ID, "housing", LATER, HANDLER1), "ADMIN", received());
    }

    @Test
    void aForwardKeepsTheDueDateAndNeedsAnotherDepartment() {
        fixture.given(received(), assigned()).when(new ForwardMessage(ID, "housing", "属住建局职责", LATER, HANDLER1))
                .expectEvents(new MessageForwarded(ID, "info-center", "housing", "属住建局职责", LATER));
        refused(new ForwardMessage(ID, "info-center", "x", LATER, HANDLER1), "already with", received(), assigned());
    }

    @Test
    void aPublicReplyCarryingAClassificationMarkingIsRefusedAndAnInternalOneIsNot() {
        refused(new ReplyMessage(ID, "经研究：秘密★ 该项目内部方案如下", true, LATER, HANDLER1), "classification markings",
                received(), assigned());
        fixture.given(received(), assigned())
                .when(new ReplyMessage(ID, "经研究：秘密★ 该项目内部方案如下", false, LATER, HANDLER1))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyTheHoldingDepartmentActs() {
        refused(new ReplyMessage(ID, "答复", true, LATER, HANDLER2), "housing", received(), assigned());
        refused(new ReplyMessage(ID, "答复", true, LATER, HANDLER1), "not assigned", received());
    }

    @Test
    void aLetterSentUpIsInstructedByALeader() {
        fixture.given(received(), assigned()).when(new EscalateMessage(ID, "请领导阅示", LATER, HANDLER1))
                .expectEvents(new MessageEscalated(ID, "info-center", "请领导阅示", LATER));
        fixture.given(received(), assigned(), new MessageEscalated(ID, "info-center", null, LATER))
                .when(new InstructMessage(ID, "请住建局牵头办理", LATER, LEADER1))
                .expectEvents(new LeaderInstructed(ID, "leader1", "请住建局牵头办理", LATER));
        refused(new InstructMessage(ID, "x", LATER, LEADER1), "sent up", received(), assigned());
        refused(new InstructMessage(ID, "x", LATER, HANDLER1), "LEADER", received(), assigned(),
                new MessageEscalated(ID, "info-center", null, LATER));
    }

    @Test
    void anExplanationExtendsTheDueDateOnceAndWithinTheBound() {
        Instant extended = DUE.extendedDueAt(RECEIVED, Box.MESSAGE_BOARD, MessageKind.CONSULTATION, 5);
        fixture.given(received(), assigned()).when(new ExplainMessage(ID, "需要调查", 5, LATER, HANDLER1))
                .expectEvents(new MessageExplained(ID, "info-center", "需要调查", 5, extended, LATER));
        refused(new ExplainMessage(ID, "再延", 2, LATER, HANDLER1), "once", received(), assigned(),
                new MessageExplained(ID, "info-center", "需要调查", 5, extended, LATER));
        fixture.given(received(), assigned()).when(new ExplainMessage(ID, "太久", 11, LATER, HANDLER1))
                .expectException(ActRefused.class).expectExceptionMessage(containsString("1 to 10")).expectNoEvents();
    }

    @Test
    void aClosedLetterGetsNoReplyAndIsReopenedFirst() {
        refused(new ReplyMessage(ID, "再答", true, LATER, HANDLER1), "CLOSED", received(), assigned(), replied(),
                new MessageClosed(ID, "info-center", LATER));
        fixture.given(received(), assigned(), replied(), new MessageClosed(ID, "info-center", LATER))
                .when(new ReopenMessage(ID, "群众不满意", LATER, ADMIN1))
                .expectEvents(new MessageReopened(ID, "info-center", "群众不满意", LATER));
        refused(new CloseMessage(ID, LATER, HANDLER1), "after its reply", received(), assigned());
    }

    @Test
    void theWriterRatesOnceAndOnlyAnAnsweredLetter() {
        fixture.given(received(), assigned(), replied()).when(new RateMessage(ID, 5, "满意", LATER, Actor.citizen()))
                .expectEvents(new MessageRated(ID, 5, "满意", LATER));
        refused(new RateMessage(ID, 4, null, LATER, Actor.citizen()), "rated already", received(), assigned(), replied(),
                new MessageRated(ID, 5, null, LATER));
        refused(new RateMessage(ID, 4, null, LATER, Actor.citizen()), "after its reply", received(), assigned());
    }
}
