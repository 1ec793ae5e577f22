package org.egovarchive.query.projection;

import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.elastic.Targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A projection that keeps one stored view per aggregate in its own read model. The view carries the
 * aggregate's record as the kernel's one fold of its kind makes it ({@code R}); the projection folds
 * events into that record and derives the searchable fields from it, so a new state is taught to the
 * kernel's fold and nowhere here. Per batch: load the views of the aggregates concerned, fold the events
 * in order — skipping any whose sequence a view already covers, which makes repeated delivery harmless
 * — and write each changed view (and whatever the subclass derives from it) with the sequence as
 * external version. An event the fold refuses (a stream that does not begin with its first event, an
 * event of another kind) goes to the dead letters with the fold's reason.
 *
 * @param <R> the record the kernel's fold makes
 * @param <V> the stored view
 */
public abstract class StatefulProjection<R, V> {

    private final ViewStore views;
    private final ReadModel model;
    private final Class<V> type;

    protected StatefulProjection(ViewStore views, ReadModel model, Class<V> type) {
        this.views = views;
        this.model = model;
        this.type = type;
    }

    /** The aggregate type (as in the envelope) whose events this projection reads. */
    public abstract String aggregateType();

    /** The kernel's fold: {@code prior} (null for none) with the event applied; refuses what it does not know. */
    protected abstract R next(R prior, TypedEvent event);

    /** The record a stored view carries. */
    protected abstract R record(V view);

    /** The view stored for a record. */
    protected abstract V view(R record);

    protected abstract long version(R record);

    /** The event as an event of {@code kind}; one of another kind in this stream is refused. */
    protected static <E> E as(Class<E> kind, TypedEvent event) {
        if (!kind.isInstance(event.payload())) {
            throw new IllegalArgumentException(event.envelope().type() + " is not a " + kind.getSimpleName());
        }
        return kind.cast(event.payload());
    }

    /** Writes to other read models that follow from a change of a record (none by default). */
    protected List<IndexOp> derived(R before, R after) {
        return List.of();
    }

    /** The index writes for one batch of this aggregate type's events, in the order they arrived. */
    public List<IndexOp> project(List<TypedEvent> events, DeadLetters deadLetters, Targets targets) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.envelope().aggregateId()));
        Map<String, R> current = new LinkedHashMap<>();
        views.find(targets.of(model), ids, type).forEach((id, view) -> current.put(id, record(view)));
        Map<String, R> before = Map.copyOf(current);
        for (TypedEvent event : events) {
            EventEnvelope envelope = event.envelope();
            R record = current.get(envelope.aggregateId());
            if (record != null && envelope.sequence() <= version(record)) {
                continue;
            }
            try {
                current.put(envelope.aggregateId(), next(record, event));
            } catch (IllegalArgumentException refused) {
                deadLetters.reject(envelope, aggregateType() + " " + envelope.aggregateId() + ": " + refused.getMessage());
            }
        }
        List<Map.Entry<String, R>> changed = current.entrySet().stream()
                .filter(e -> e.getValue() != before.get(e.getKey())).toList();
        // deriving (the public search fields: segmentation, pinyin) is the costly part; spread it over the cores
        List<List<IndexOp>> derived = changed.parallelStream()
                .map(e -> derived(before.get(e.getKey()), e.getValue())).toList();
        List<IndexOp> ops = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            R record = changed.get(i).getValue();
            ops.add(new IndexOp.Put(model, changed.get(i).getKey(), version(record), view(record)));
            ops.addAll(derived.get(i));
        }
        return ops;
    }
}
