package org.egovarchive.kernel.event;

/**
 * Keys of the metadata every stored event carries. They are part of the record (who did it, in
 * which role and department, in which request), so they travel with the event to every projection.
 */
public final class EventMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String DEPARTMENT = "department";
    public static final String CORRELATION_ID = "correlationId";
    public static final String REQUEST_TIME = "requestTime";
    public static final String PREV_HASH = "prevHash";
    public static final String HASH = "hash";

    private EventMetadata() {
    }
}
