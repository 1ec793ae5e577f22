package org.egovarchive.kernel.document;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRecordTest {

    private static final String ID = "d1";
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static final DocumentDrafted DRAFTED = new DocumentDrafted(ID, "info-center", "政务动态", DocType.NEWS,
            Classification.PUBLIC, "标题", "正文", "author1", "市信发〔2026〕1号");
    private static final DocumentEdited EDITED = new DocumentEdited(ID, "新标题", "新正文", 2, "author2");
    private static final DocumentSubmitted SUBMITTED = new DocumentSubmitted(ID, 2, "author1");
    private static final DocumentRejected REJECTED = new DocumentRejected(ID, 2, "approver1", "数据需核实");
    private static final DocumentApproved APPROVED = new DocumentApproved(ID, 2, "approver1", "同意");
    private static final DocumentSealed SEALED = new DocumentSealed(ID, "s1", "keeper1", "SM2", 2, "ab", "cd");
    private static final DocumentPublished PUBLISHED = new DocumentPublished(ID, "政务动态", T0.plusSeconds(9_000));
    private static final DocumentStatusMarked MARKED = new DocumentStatusMarked(ID, StatusMark.AMENDED, "见新文", "d2");
    private static final DocumentForwarded FORWARDED = new DocumentForwarded(ID, List.of("housing"), "请阅");
    private static final PublicationBlocked BLOCKED = new PublicationBlocked(ID, Classification.PUBLIC, "marking",
            List.of("机密★ (body, line 1)"));
    private static final DocumentWithdrawn WITHDRAWN = new DocumentWithdrawn(ID, "过期");
    private static final DocumentArchived ARCHIVED = new DocumentArchived(ID, 30);

    @Test
    void theFoldKnowsEveryDocumentEvent() {
        Map<Class<?>, DocumentEvent> samples = Stream.of(DRAFTED, EDITED, SUBMITTED, REJECTED, APPROVED, SEALED,
                        PUBLISHED, MARKED, FORWARDED, BLOCKED, WITHDRAWN, ARCHIVED)
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(DocumentEvent.TYPES);
        DocumentRecord drafted = DocumentRecord.next(null, DRAFTED, 0, T0);
        samples.values().stream().filter(e -> !(e instanceof DocumentDrafted))
                .forEach(e -> assertThat(DocumentRecord.next(drafted, e, 1, T0).version()).isEqualTo(1));
    }

    @Test
    void aWholeLifeFromDraftToArchive() {
        DocumentRecord r = fold(DRAFTED, EDITED, SUBMITTED, REJECTED);
        assertThat(r.state()).isEqualTo(DocumentState.REJECTED);
        assertThat(r.rejection().reason()).isEqualTo("数据需核实");
        assertThat(r.content().contributors()).containsExactlyInAnyOrder("author1", "author2");

        r = fold(DRAFTED, EDITED, SUBMITTED, REJECTED, SUBMITTED, APPROVED, SEALED, PUBLISHED);
        assertThat(r.state()).isEqualTo(DocumentState.PUBLISHED);
        assertThat(r.rejection()).isNull();
        assertThat(r.approvedBy()).isEqualTo("approver1");
        assertThat(r.sealCoversCurrentContent()).isTrue();
        assertThat(r.publication().online()).isTrue();
        assertThat(r.publication().published().title()).isEqualTo("新标题");
        assertThat(r.timings().firstPublishedAt()).isEqualTo(PUBLISHED.publishedAt());
        assertThat(r.timings().approvalToSeal()).isEqualTo(Duration.ofMinutes(1));

        r = fold(DRAFTED, EDITED, SUBMITTED, APPROVED, SEALED, PUBLISHED, MARKED, FORWARDED, BLOCKED, WITHDRAWN, ARCHIVED);
        assertThat(r.state()).isEqualTo(DocumentState.ARCHIVED);
        assertThat(r.publication().online()).isFalse();
        assertThat(r.everPublished()).isTrue();
        assertThat(r.marks()).extracting(DocumentRecord.Mark::relatedDocumentId).containsExactly("d2");
        assertThat(r.forwardedTo()).containsExactly("housing");
        assertThat(r.blockedAttempts()).isEqualTo(1);
        assertThat(r.retentionYears()).isEqualTo(30);
    }

    @Test
    void anEditAfterPublicationKeepsThePublishedVersionOnlineAndVoidsApprovalAndSeal() {
        DocumentRecord r = fold(DRAFTED, SUBMITTED, APPROVED, SEALED, PUBLISHED,
                new DocumentEdited(ID, "改", "改后", 2, "author1"));
        assertThat(r.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(r.approvedBy()).isNull();
        assertThat(r.seal()).isNull();
        assertThat(r.publication().online()).isTrue();
        assertThat(r.publication().published().body()).isEqualTo("正文");
        assertThat(r.timings().sealedAt()).isNotNull();
    }

    @Test
    void aStreamMustBeginWithTheDraftAndDraftOnce() {
        assertThatThrownBy(() -> DocumentRecord.next(null, SUBMITTED, 0, T0)).hasMessageContaining("begins with DocumentDrafted");
        DocumentRecord drafted = DocumentRecord.next(null, DRAFTED, 0, T0);
        assertThatThrownBy(() -> DocumentRecord.next(drafted, DRAFTED, 1, T0)).hasMessageContaining("does not know DocumentDrafted");
    }

    /** Folds the events a minute apart. */
    private static DocumentRecord fold(DocumentEvent... events) {
        DocumentRecord r = null;
        for (int i = 0; i < events.length; i++) {
            r = DocumentRecord.next(r, events[i], i, T0.plus(Duration.ofMinutes(i)));
        }
        return r;
    }
}
