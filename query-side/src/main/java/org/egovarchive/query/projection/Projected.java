package org.egovarchive.query.projection;

/**
 * A stored view of one aggregate: the record its kind's fold made, the hash of the last event folded
 * into it (the next event must chain from it), and a hold if its stream has a hole.
 *
 * @param <R> the record
 */
public interface Projected<R> {

    R record();

    String lastHash();

    Hold hold();
}
