package org.egovarchive.kernel.event.upcast;

/** An upcaster that names its event type and revisions once, in its constructor. */
abstract class RevisionStep implements EventUpcaster {

    private final String eventType;
    private final String fromRevision;
    private final String toRevision;

    RevisionStep(String eventType, String fromRevision, String toRevision) {
        this.eventType = eventType;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public String fromRevision() {
        return fromRevision;
    }

    @Override
    public String toRevision() {
        return toRevision;
    }
}
