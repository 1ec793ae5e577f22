package org.egovarchive.query.projection;

import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentEdited;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentWithdrawn;
import org.egovarchive.kernel.event.ChainLink;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.seal.SealRevoked;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.elastic.Targets;
import org.egovarchive.query.search.PublicDocument;
import org.egovarchive.query.support.EventFeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentProjectionTest {

    private static final Instant T0 = Instant.parse("2026-06-08T01:46:00Z");
    private final EventCodec codec = new EventCodec();
    private final InMemoryViews views = new InMemoryViews();
    private final List<String> rejected = new ArrayList<>();
    private final DocumentProjection projection = new DocumentProjection(views);

    @Test
    void aDraftIsKnownToStaffButNotPublic() {
        List<IndexOp> ops = project(drafted("d1", Classification.PUBLIC));

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.model()).isEqualTo(ReadModel.DOCUMENTS_ADMIN);
            assertThat(op.version()).isZero();
        });
    }

    @Test
    void aPublishedPublicDocumentGoesOnline() {
        List<IndexOp> ops = project(drafted("d1", Classification.PUBLIC), published("d1"));

        assertThat(ops).extracting(IndexOp::model).containsExactly(ReadModel.DOCUMENTS_ADMIN, ReadModel.PUBLIC_DOCUMENTS);
        PublicDocument doc = (PublicDocument) ((IndexOp.Put) ops.get(1)).document();
        assertThat(doc.titleNorm()).isEqualTo("电子政务");
        assertThat(doc.title()).isEqualTo("電子政務");
        assertThat(doc.year()).isEqualTo(2022);
        assertThat(ops.get(1).version()).isEqualTo(1);
    }

    @Test
    void aRepeatedEventChangesNothing() {
        views.apply(project(drafted("d1", Classification.PUBLIC), published("d1")));

        assertThat(project(published("d1"))).isEmpty();
    }

    @Test
    void aRevisionDoesNotChangeThePublicTextUntilItIsPublishedAgain() {
        views.apply(project(drafted("d1", Classification.PUBLIC), published("d1")));

        List<IndexOp> ops = project(event("d1", 2, new DocumentEdited("d1", "新标题", "新正文", 2, "author1")));

        PublicDocument online = (PublicDocument) ((IndexOp.Put) ops.get(1)).document();
        assertThat(online.title()).isEqualTo("電子政務");
        assertThat(((DocumentView) ((IndexOp.Put) ops.get(0)).document()).title()).isEqualTo("新标题");
    }

    @Test
    void aWithdrawalRemovesThePublicDocument() {
        views.apply(project(drafted("d1", Classification.PUBLIC), published("d1")));

        List<IndexOp> ops = project(event("d1", 2, new DocumentWithdrawn("d1", "过期")));

        assertThat(ops).anySatisfy(op -> {
            assertThat(op).isInstanceOf(IndexOp.Remove.class);
            assertThat(op.model()).isEqualTo(ReadModel.PUBLIC_DOCUMENTS);
            assertThat(op.version()).isEqualTo(2);
        });
    }

    @Test
    void aClassifiedDocumentNeverReachesThePublicModelEvenIfPublished() {
        assertThat(project(drafted("d1", Classification.SECRET), published("d1")))
                .noneMatch(op -> op.model() == ReadModel.PUBLIC_DOCUMENTS);
    }

    @Test
    void anEventWithoutItsDraftIsDeadLettered() {
        assertThat(project(published("ghost"))).isEmpty();
        assertThat(rejected).singleElement().asString().contains("ghost");
    }

    @Test
    void anEventOfAnotherKindInADocumentsStreamHoldsTheView() {
        views.apply(project(drafted("d1", Classification.PUBLIC)));

        List<IndexOp> ops = project(event("d1", 1, new SealRevoked("d1", "遗失")), published("d1"));
        views.apply(ops);

        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0)).contains("d1").contains("SealRevoked");
        assertThat(rejected.get(1)).contains("held");
        assertThat(ops).noneMatch(op -> op.model() == ReadModel.PUBLIC_DOCUMENTS);
        assertThat(views.views.get("d1").hold().expectedSequence()).isEqualTo(1);
    }

    @Test
    void aHoleInTheStreamHoldsTheViewInsteadOfApplyingLaterEventsOverIt() {
        views.apply(project(drafted("d1", Classification.PUBLIC)));
        event("d1", 1, new DocumentEdited("d1", "新标题", "新正文", 2, "author1"));

        views.apply(project(event("d1", 2, new DocumentPublished("d1", "政务动态", T0))));

        DocumentView held = views.views.get("d1");
        assertThat(held.version()).isZero();
        assertThat(held.hold()).extracting(Hold::expectedSequence, Hold::arrivedSequence).containsExactly(1L, 2L);
        assertThat(rejected).singleElement().asString().contains("held").contains("1 was expected");
        assertThat(project(event("d1", 3, new DocumentWithdrawn("d1", "过期")))).isEmpty();
        assertThat(rejected).last().asString().contains("held");
    }

    @Test
    void anEnvelopeThatDoesNotChainFromTheViewIsRefusedAndTheViewGoesOn() {
        views.apply(project(drafted("d1", Classification.PUBLIC)));
        TypedEvent genuine = published("d1");
        EventEnvelope forged = ChainLink.chained(genuine.envelope(), "f".repeat(64));

        assertThat(project(new TypedEvent(forged, genuine.payload()))).isEmpty();
        assertThat(rejected).singleElement().asString().contains("does not chain");
        assertThat(project(genuine)).anyMatch(op -> op.model() == ReadModel.PUBLIC_DOCUMENTS);
    }

    private List<IndexOp> project(TypedEvent... events) {
        return projection.project(List.of(events), new DeadLetters() {
            @Override
            public void reject(EventEnvelope envelope, String reason) {
                rejected.add(reason);
            }

            @Override
            public void reject(byte[] raw, String key, String reason) {
                rejected.add(reason);
            }
        }, Targets.aliases());
    }

    private TypedEvent drafted(String id, Classification classification) {
        return event(id, 0, new DocumentDrafted(id, "info-center", "政务动态", DocType.SPEECH, classification,
                "電子政務", "正文", "author1", null));
    }

    private TypedEvent published(String id) {
        return event(id, 1, new DocumentPublished(id, "政务动态", Instant.parse("2022-06-08T01:46:00Z")));
    }

    private TypedEvent event(String id, long sequence, Object payload) {
        EventEnvelope envelope = EventFeed.chain(new EventEnvelope(EventEnvelope.CURRENT_VERSION, id + "-" + sequence,
                sequence, "Document", id, sequence, payload.getClass().getSimpleName(), "1", T0, Map.of(),
                codec.toTree(payload)));
        return new TypedEvent(envelope, payload);
    }

    /** The documents-admin read model in memory. */
    private static final class InMemoryViews implements ViewStore {
        private final Map<String, DocumentView> views = new HashMap<>();

        @Override
        public <V> Map<String, V> find(String index, Collection<String> ids, Class<V> type) {
            Map<String, V> found = new HashMap<>();
            ids.forEach(id -> {
                if (views.containsKey(id)) {
                    found.put(id, type.cast(views.get(id)));
                }
            });
            return found;
        }

        void apply(List<IndexOp> ops) {
            ops.stream().filter(op -> op.model() == ReadModel.DOCUMENTS_ADMIN)
                    .forEach(op -> views.put(op.id(), (DocumentView) ((IndexOp.Put) op).document()));
        }
    }
}
