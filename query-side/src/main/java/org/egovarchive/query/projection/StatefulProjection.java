package org.egovarchive.query.projection;

import org.egovarchive.kernel.event.ChainLink;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventMetadata;
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
 * kernel's fold and nowhere here.
 *
 * <p>Per batch: load the views of the aggregates concerned, then for each event in order —
 * <ul>
 * <li>one whose sequence the view already covers is skipped: repeated delivery is harmless;</li>
 * <li>one that is not the next in sequence, or that the fold refuses, <em>holds</em> the view
 *     ({@link Hold}): it and every later event of that aggregate go to the dead letters, and the view
 *     says so, until a rebuild — a view is never built over a hole;</li>
 * <li>one that does not chain from the view's last event (its {@code prevHash}) is refused as a
 *     forgery and dead-lettered; the view goes on (the envelope's own hash was checked on decoding).</li>
 * </ul>
 * Each changed view (and whatever the subclass derives from it) is written with the sequence as
 * external version.
 *
 * @param <R> the record the kernel's fold makes
 * @param <V> the stored view
 */
public abstract class StatefulProjection<R, V extends Projected<R>> {

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

    /** The view stored for a record. */
    protected abstract V view(R record, String lastHash, Hold hold);

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

    private record State<R>(R record, String lastHash, Hold hold) {
    }

    /** The index writes for one batch of this aggregate type's events, in the order they arrived. */
    public List<IndexOp> project(List<TypedEvent> events, DeadLetters deadLetters, Targets targets) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.envelope().aggregateId()));
        Map<String, State<R>> current = new LinkedHashMap<>();
        views.find(targets.of(model), ids, type)
                .forEach((id, view) -> current.put(id, new State<>(view.record(), view.lastHash(), view.hold())));
        Map<String, State<R>> before = Map.copyOf(current);
        for (TypedEvent event : events) {
            EventEnvelope envelope = event.envelope();
            State<R> state = current.get(envelope.aggregateId());
            if (state != null && envelope.sequence() <= version(state.record())) {
                continue;
            }
            String refused = apply(state, event, current);
            if (refused != null) {
                deadLetters.reject(envelope, aggregateType() + " " + envelope.aggregateId() + ": " + refused);
            }
        }
        List<Map.Entry<String, State<R>>> changed = current.entrySet().stream()
                .filter(e -> e.getValue() != before.get(e.getKey())).toList();
        // deriving (the public search fields: segmentation, pinyin) is the costly part; spread it over the cores
        List<List<IndexOp>> derived = changed.parallelStream().map(e -> {
            State<R> prior = before.get(e.getKey());
            R priorRecord = prior == null ? null : prior.record();
            return priorRecord == e.getValue().record() ? List.<IndexOp>of() : derived(priorRecord, e.getValue().record());
        }).toList();
        List<IndexOp> ops = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            State<R> state = changed.get(i).getValue();
            State<R> prior = before.get(changed.get(i).getKey());
            boolean sameRecord = prior != null && prior.record() == state.record();
            ops.add(new IndexOp.Put(model, changed.get(i).getKey(), version(state.record()),
                    view(state.record(), state.lastHash(), state.hold()), sameRecord));
            ops.addAll(derived.get(i));
        }
        return ops;
    }

    /** Folds one event into {@code current}; returns why it was refused, or null. */
    private String apply(State<R> state, TypedEvent event, Map<String, State<R>> current) {
        EventEnvelope envelope = event.envelope();
        if (state != null && state.hold() != null) {
            return "held: sequence " + state.hold().expectedSequence() + " is missing, so sequence "
                    + envelope.sequence() + " is not applied";
        }
        long expected = state == null ? 0 : version(state.record()) + 1;
        if (envelope.sequence() != expected) {
            if (state == null) {
                return "sequence " + envelope.sequence() + " arrived, but no first event of it precedes this "
                        + envelope.type();
            }
            return hold(state, envelope, current, "sequence " + envelope.sequence() + " arrived where "
                    + expected + " was expected");
        }
        String chainsFrom = state == null ? ChainLink.GENESIS : state.lastHash();
        if (!chainsFrom.equals(envelope.metadata(EventMetadata.PREV_HASH))) {
            return "sequence " + envelope.sequence() + " does not chain from the last event applied (forged or from "
                    + "another history): refused";
        }
        try {
            R next = next(state == null ? null : state.record(), event);
            current.put(envelope.aggregateId(), new State<>(next, envelope.metadata(EventMetadata.HASH), null));
            return null;
        } catch (IllegalArgumentException refused) {
            return state == null ? refused.getMessage()
                    : hold(state, envelope, current, "the fold refused sequence " + envelope.sequence() + ": "
                    + refused.getMessage());
        }
    }

    private String hold(State<R> state, EventEnvelope envelope, Map<String, State<R>> current, String reason) {
        Hold hold = new Hold(version(state.record()) + 1, envelope.sequence(), envelope.occurredAt(), reason);
        current.put(envelope.aggregateId(), new State<>(state.record(), state.lastHash(), hold));
        return "held: " + reason;
    }
}
