package org.egovarchive.kernel;

import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.UnreadableEventException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void envelopeAndPayloadSurviveTheWire() {
        var drafted = new DocumentDrafted("d-1", "info-center", "政务动态", DocType.SPEECH,
                Classification.PUBLIC, "電子政務", "正文", "author1", "市信发〔2026〕1号");
        var envelope = envelope("DocumentDrafted", codec.toTree(drafted));

        EventEnvelope read = codec.decode(codec.encode(envelope));

        assertThat(read).isEqualTo(envelope);
        assertThat(codec.payload(read)).isEqualTo(drafted);
    }

    @Test
    void instantsTravelAsIsoStrings() {
        var published = new DocumentPublished("d-1", "政务动态", Instant.parse("2022-06-08T01:46:00Z"));

        String json = new String(codec.encode(envelope("DocumentPublished", codec.toTree(published))), StandardCharsets.UTF_8);

        assertThat(json).contains("\"publishedAt\":\"2022-06-08T01:46:00Z\"");
    }

    @Test
    void unknownTypeIsUnreadableWithItsName() {
        var envelope = envelope("DocumentTeleported", codec.toTree(Map.of("x", 1)));

        assertThatThrownBy(() -> codec.payload(envelope))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("DocumentTeleported");
    }

    @Test
    void garbageIsUnreadable() {
        assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"envelopeVersion\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class);
    }

    private static EventEnvelope envelope(String type, com.fasterxml.jackson.databind.JsonNode payload) {
        return new EventEnvelope(EventEnvelope.CURRENT_VERSION, "e-1", 7, "Document", "d-1", 0, type, "1",
                Instant.parse("2026-06-08T01:46:00Z"), Map.of("actor", "author1"), payload);
    }
}
