package org.egovarchive.kernel.audit;

import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventTypes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordAccessedTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void isPartOfThePublishedLanguage() {
        assertThat(EventTypes.byName("RecordAccessed")).contains(RecordAccessed.class);
    }

    @Test
    void travelsWithItsParametersInKeyOrder() {
        var accessed = new RecordAccessed("a-1", "document", "d-1", AuditView.DIFF, Map.of("to", "3", "from", "1"), "page");
        var envelope = new EventEnvelope(EventEnvelope.CURRENT_VERSION, "e-1", 1, "AccessRecord", "a-1", 0,
                "RecordAccessed", "1", Instant.parse("2026-06-08T01:46:00Z"), Map.of("actor", "auditor1"),
                codec.toTree(accessed));

        EventEnvelope read = codec.decode(codec.encode(envelope));

        assertThat(codec.payload(read)).isEqualTo(accessed);
        assertThat(read.payload().get("parameters").toString()).isEqualTo("{\"from\":\"1\",\"to\":\"3\"}");
    }

    @Test
    void absentParametersReadAsNone() {
        assertThat(new RecordAccessed("a-1", "seal", "s-1", AuditView.VERIFY, null, "api").parameters()).isEmpty();
    }
}
