package org.egovarchive.query.elastic;

/**
 * One write to a read model, versioned with the aggregate sequence (external versioning): an
 * older or repeated write is a no-op, so delivering an event twice changes nothing.
 */
public sealed interface IndexOp {

    ReadModel model();

    String id();

    long version();

    /** Index (create or replace) a document. */
    record Put(ReadModel model, String id, long version, Object document) implements IndexOp {
    }

    /** Remove a document, e.g. a withdrawn publication. */
    record Remove(ReadModel model, String id, long version) implements IndexOp {
    }
}
