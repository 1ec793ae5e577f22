package org.egovarchive.kernel.calendar;

import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.egovarchive.kernel.calendar.DueDateTest.beijing;

class DueDatePolicyTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    private final DueDatePolicy policy = DueDatePolicy.defaults();

    @ParameterizedTest(name = "{0}/{1}: {2} working days")
    @CsvSource({
            "MESSAGE_BOARD, CONSULTATION, 5",
            "MESSAGE_BOARD, SUGGESTION, 5",
            "MESSAGE_BOARD, COMPLAINT, 7",
            "MESSAGE_BOARD, REPORT, 7",
            "MESSAGE_BOARD, OTHER, 7",
            "LEADER_MAILBOX, CONSULTATION, 10",
            "LEADER_MAILBOX, SUGGESTION, 10",
            "LEADER_MAILBOX, COMPLAINT, 10",
            "LEADER_MAILBOX, REPORT, 10",
            "LEADER_MAILBOX, OTHER, 10"})
    void defaultLimits(Box box, MessageKind kind, int workingDays) {
        assertThat(policy.workingDays(box, kind)).isEqualTo(workingDays);
        assertThat(policy.maxWithExtension()).isEqualTo(15);
    }

    @Test
    void aComplaintIsDueSevenWorkingDaysAfterDayZero() {
        Instant received = beijing("2026-03-13T09:00");

        assertThat(policy.dueDate(calendar, received, Box.MESSAGE_BOARD, MessageKind.COMPLAINT).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 24));
    }

    @Test
    void anExtensionCountsFromTheSameDayZeroUpToFifteenInAll() {
        Instant received = beijing("2026-03-13T09:00");

        assertThat(policy.extendedDueDate(calendar, received, Box.LEADER_MAILBOX, MessageKind.OTHER, 5))
                .isEqualTo(calendar.dueDate(received, 15));
        assertThatThrownBy(() -> policy.extendedDueDate(calendar, received, Box.LEADER_MAILBOX, MessageKind.OTHER, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..5");
        assertThatThrownBy(() -> policy.extendedDueDate(calendar, received, Box.MESSAGE_BOARD, MessageKind.OTHER, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCityCanSetItsOwnLimits() {
        var board = limits(3);
        board.put(MessageKind.COMPLAINT, 10);

        var own = new DueDatePolicy(Map.of(Box.MESSAGE_BOARD, board, Box.LEADER_MAILBOX, limits(5)), 20);

        assertThat(own.workingDays(Box.MESSAGE_BOARD, MessageKind.COMPLAINT)).isEqualTo(10);
        assertThat(own.workingDays(Box.LEADER_MAILBOX, MessageKind.REPORT)).isEqualTo(5);
    }

    @Test
    void everyBoxAndKindNeedsALimitWithinTheMaximum() {
        var incomplete = limits(5);
        incomplete.remove(MessageKind.REPORT);

        assertThatThrownBy(() -> new DueDatePolicy(Map.of(Box.MESSAGE_BOARD, incomplete, Box.LEADER_MAILBOX, limits(5)), 15))
                .hasMessageContaining("MESSAGE_BOARD/REPORT");
        assertThatThrownBy(() -> new DueDatePolicy(Map.of(Box.MESSAGE_BOARD, limits(5)), 15))
                .hasMessageContaining("LEADER_MAILBOX");
        assertThatThrownBy(() -> new DueDatePolicy(Map.of(Box.MESSAGE_BOARD, limits(5), Box.LEADER_MAILBOX, limits(16)), 15))
                .hasMessageContaining("LEADER_MAILBOX");
    }

    @Test
    void laterChangesToTheGivenMapDoNotReachThePolicy() {
        var board = limits(5);
        var own = new DueDatePolicy(Map.of(Box.MESSAGE_BOARD, board, Box.LEADER_MAILBOX, limits(5)), 15);

        board.put(MessageKind.OTHER, 9);

        assertThat(own.workingDays(Box.MESSAGE_BOARD, MessageKind.OTHER)).isEqualTo(5);
    }

    @Test
    void boxesAndKindsCarryTheirPublicLabels() {
        assertThat(Box.MESSAGE_BOARD.label()).isEqualTo("网站留言");
        assertThat(Box.LEADER_MAILBOX.label()).isEqualTo("领导信箱");
        assertThat(MessageKind.values()).extracting(MessageKind::label).containsExactly("咨询", "投诉", "建议", "举报", "其他");
    }

    private static EnumMap<MessageKind, Integer> limits(int days) {
        var limits = new EnumMap<MessageKind, Integer>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            limits.put(kind, days);
        }
        return limits;
    }
}
