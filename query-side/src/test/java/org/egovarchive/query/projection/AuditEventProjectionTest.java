package org.egovarchive.query.projection;

import org.egovarchive.kernel.audit.AuditView;
import org.egovarchive.kernel.audit.RecordAccessed;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventProjectionTest {

    private final EventCodec codec = new EventCodec();
    private final AuditEventProjection projection = new AuditEventProjection();

    @Test
    void everyEventIsOneDocumentUnderItsOwnIdVersionedByItsSequence() {
        TypedEvent drafted = event("Document", "d-1", 0, new DocumentDrafted("d-1", "info-center", "政务动态", DocType.SPEECH,
                Classification.PUBLIC, "秘密标题", "正文不进审计索引", "author1", null));

        IndexOp.Put put = (IndexOp.Put) projection.project(List.of(drafted)).get(0);

        assertThat(put.model()).isEqualTo(ReadModel.AUDIT_EVENTS);
        assertThat(put.id()).isEqualTo("d-1/0");
        assertThat(put.version()).isZero();
        AuditEventView view = (AuditEventView) put.document();
        assertThat(view).isEqualTo(new AuditEventView("d-1/0", 7, "DocumentDrafted", "Document", "d-1", 0, "author1",
                "AUTHOR", "info-center", "c-1", Instant.parse("2026-06-08T01:46:00Z"), "0".repeat(64), "ab", null, null, null));
        assertThat(view.toString()).doesNotContain("秘密标题").doesNotContain("正文");
    }

    @Test
    void anAuditReadNamesWhatItLookedAt() {
        TypedEvent read = event("AccessRecord", "a-1", 0, new RecordAccessed("a-1", "document", "d-1", AuditView.HISTORY,
                Map.of(), "page"));

        AuditEventView view = (AuditEventView) ((IndexOp.Put) projection.project(List.of(read)).get(0)).document();

        assertThat(view.subjectKind()).isEqualTo("document");
        assertThat(view.subjectId()).isEqualTo("d-1");
        assertThat(view.view()).isEqualTo("HISTORY");
    }

    private TypedEvent event(String aggregateType, String id, long sequence, Object payload) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.CURRENT_VERSION, id + "/" + sequence, 7, aggregateType, id,
                sequence, payload.getClass().getSimpleName(), "1", Instant.parse("2026-06-08T01:46:00Z"),
                Map.of("actor", "author1", "role", "AUTHOR", "department", "info-center", "correlationId", "c-1",
                        "prevHash", "0".repeat(64), "hash", "ab"), codec.toTree(payload));
        return new TypedEvent(envelope, payload);
    }
}
