package org.egovarchive.kernel.event;

import java.time.Instant;

/**
 * The fold of one kind of record: its state with one more event applied, or its first state when
 * {@code prior} is null. Each record kind has exactly one ({@code DocumentRecord::next},
 * {@code LetterRecord}'s, {@code SealRecord::next}); everything that rebuilds a record uses it.
 *
 * @param <R> the record's state
 * @param <E> the record kind's sealed event interface
 */
@FunctionalInterface
public interface Fold<R, E> {

    /** @param at when the event was recorded */
    R next(R prior, E event, long sequence, Instant at);
}
