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
 * A projection that keeps one view per aggregate in its own read model and folds events into it.
 * Per batch: load the views of the aggregates concerned, fold the events in order — skipping any
 * whose sequence a view already covers, which makes repeated delivery harmless — and write each
 * changed view (and whatever the subclass derives from it) with the sequence as external version.
 *
 * @param <V> the view type
 */
public abstract class StatefulProjection<V> {

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

    protected abstract boolean isFirst(Object payload);

    protected abstract V start(TypedEvent first);

    protected abstract V apply(V view, TypedEvent event);

    protected abstract long version(V view);

    /** Writes to other read models that follow from a change of a view (none by default). */
    protected List<IndexOp> derived(V before, V after) {
        return List.of();
    }

    /** The index writes for one batch of this aggregate type's events, in the order they arrived. */
    public List<IndexOp> project(List<TypedEvent> events, DeadLetters deadLetters, Targets targets) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.envelope().aggregateId()));
        Map<String, V> current = new LinkedHashMap<>(views.find(targets.of(model), ids, type));
        Map<String, V> before = Map.copyOf(current);
        for (TypedEvent event : events) {
            EventEnvelope envelope = event.envelope();
            V view = current.get(envelope.aggregateId());
            if (view != null && envelope.sequence() <= version(view)) {
                continue;
            }
            if (view == null && !isFirst(event.payload())) {
                deadLetters.reject(envelope, "no first event of " + aggregateType() + " " + envelope.aggregateId()
                        + " precedes this " + envelope.type());
                continue;
            }
            current.put(envelope.aggregateId(), view == null ? start(event) : apply(view, event));
        }
        List<Map.Entry<String, V>> changed = current.entrySet().stream()
                .filter(e -> e.getValue() != before.get(e.getKey())).toList();
        // deriving (the public search fields: segmentation, pinyin) is the costly part; spread it over the cores
        List<List<IndexOp>> derived = changed.parallelStream()
                .map(e -> derived(before.get(e.getKey()), e.getValue())).toList();
        List<IndexOp> ops = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            V view = changed.get(i).getValue();
            ops.add(new IndexOp.Put(model, changed.get(i).getKey(), version(view), view));
            ops.addAll(derived.get(i));
        }
        return ops;
    }
}
