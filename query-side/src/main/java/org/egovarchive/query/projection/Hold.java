package org.egovarchive.query.projection;

import java.time.Instant;

/**
 * Why a view stopped: the next event of its aggregate did not arrive in order (it went to the dead
 * letters, or the fold refused it), so nothing after it is applied — a view is held, never silently
 * wrong. It stays until a rebuild; the events held back are in the dead letters with the reason.
 *
 * @param expectedSequence the event the view needs next
 * @param arrivedSequence  the event that came instead
 * @param since            when the event that came instead was recorded
 */
public record Hold(long expectedSequence, long arrivedSequence, Instant since, String reason) {
}
