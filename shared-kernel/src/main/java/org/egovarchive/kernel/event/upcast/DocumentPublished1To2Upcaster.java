package org.egovarchive.kernel.event.upcast;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code DocumentPublished} revision 2 dropped {@code slug}: it always equalled the document id, and
 * the public address is {@code /documents/{id}}; nothing ever read it.
 */
public final class DocumentPublished1To2Upcaster extends RevisionStep {

    public DocumentPublished1To2Upcaster() {
        super("DocumentPublished", "1", "2");
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        payload.remove("slug");
        return payload;
    }
}
