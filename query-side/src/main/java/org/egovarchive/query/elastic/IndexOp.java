package org.egovarchive.query.elastic;

/**
 * One write to a read model, versioned with the aggregate sequence (external versioning): an
 * older or repeated write is a no-op, so delivering an event twice changes nothing.
 */
public sealed interface IndexOp {

    ReadModel model();

    String id();

    long version();

    /**
     * Index (create or replace) a document. {@code restate}: the same version again with something
     * added that no event carries (a hold on a view whose next event is missing), so written even
     * over an equal version.
     */
    record Put(ReadModel model, String id, long version, Object document, boolean restate) implements IndexOp {
        public Put(ReadModel model, String id, long version, Object document) {
            this(model, id, version, document, false);
        }
    }

    /** Remove a document, e.g. a withdrawn publication. */
    record Remove(ReadModel model, String id, long version) implements IndexOp {
    }
}
