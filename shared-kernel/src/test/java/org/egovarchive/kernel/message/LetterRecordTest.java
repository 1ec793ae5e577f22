package org.egovarchive.kernel.message;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterRecordTest {

    private static final String ID = "m1";
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-16T15:59:59Z");

    private static final MessageReceived RECEIVED = new MessageReceived(ID, Box.MESSAGE_BOARD, MessageKind.CONSULTATION,
            "标题", "正文", true, "digest", "code", 10, DUE, T0);
    private static final MessageAssigned ASSIGNED = new MessageAssigned(ID, "info-center", T0.plusSeconds(60));
    private static final MessageForwarded FORWARDED = new MessageForwarded(ID, "info-center", "housing", "属住建", T0.plusSeconds(120));
    private static final MessageEscalated ESCALATED = new MessageEscalated(ID, "housing", "请阅示", T0.plusSeconds(180));
    private static final LeaderInstructed INSTRUCTED = new LeaderInstructed(ID, "leader1", "按期办理", T0.plusSeconds(240));
    private static final MessageExplained EXPLAINED = new MessageExplained(ID, "housing", "需核实", 3,
            DUE.plusSeconds(3 * 86_400), T0.plusSeconds(300));
    private static final MessageReplied REPLIED = new MessageReplied(ID, "housing", "已处理", true, T0.plusSeconds(360));
    private static final MessageClosed CLOSED = new MessageClosed(ID, "housing", T0.plusSeconds(420));
    private static final MessageReopened REOPENED = new MessageReopened(ID, "housing", "未解决", T0.plusSeconds(480));
    private static final MessageRated RATED = new MessageRated(ID, 4, null, T0.plusSeconds(540));

    @Test
    void theFoldKnowsEveryLetterEvent() {
        Map<Class<?>, MessageEvent> samples = Stream.of(RECEIVED, ASSIGNED, FORWARDED, ESCALATED, INSTRUCTED, EXPLAINED,
                REPLIED, CLOSED, REOPENED, RATED).collect(Collectors.toMap(Object::getClass, Function.identity()));
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(MessageEvent.TYPES);
    }

    @Test
    void aLetterForwardedSentUpExplainedAnsweredAndReopened() {
        LetterRecord r = fold(RECEIVED, ASSIGNED, FORWARDED, ESCALATED, INSTRUCTED, EXPLAINED, REPLIED);
        assertThat(r.status()).isEqualTo(MessageStatus.REPLIED);
        assertThat(r.department()).isEqualTo("housing");
        assertThat(r.departments()).containsExactly("info-center", "housing");
        assertThat(r.forwards()).isEqualTo(1);
        assertThat(r.explained()).isTrue();
        assertThat(r.due().extended()).isTrue();
        assertThat(r.due().dueAt()).isEqualTo(EXPLAINED.newDueAt());
        assertThat(r.firstResponseAt()).isEqualTo(EXPLAINED.at());
        assertThat(r.escalatedAt()).isEqualTo(ESCALATED.at());
        assertThat(r.reply().publicReply()).isTrue();
        assertThat(r.notes()).extracting(LetterRecord.Note::kind).containsExactly(LetterRecord.NoteKind.FORWARDED,
                LetterRecord.NoteKind.ESCALATED, LetterRecord.NoteKind.INSTRUCTED, LetterRecord.NoteKind.EXPLAINED);

        r = fold(RECEIVED, ASSIGNED, REPLIED, CLOSED, REOPENED, RATED);
        assertThat(r.status()).isEqualTo(MessageStatus.ASSIGNED);
        assertThat(r.closedAt()).isNull();
        assertThat(r.rating()).isEqualTo(4);
    }

    @Test
    void aStreamMustBeginWithTheReceipt() {
        assertThatThrownBy(() -> LetterRecord.next(null, ASSIGNED, 0)).hasMessageContaining("begins with MessageReceived");
        LetterRecord received = LetterRecord.next(null, RECEIVED, 0);
        assertThatThrownBy(() -> LetterRecord.next(received, RECEIVED, 1)).hasMessageContaining("does not know MessageReceived");
    }

    private static LetterRecord fold(MessageEvent... events) {
        LetterRecord r = null;
        for (int i = 0; i < events.length; i++) {
            r = LetterRecord.next(r, events[i], i);
        }
        return r;
    }
}
