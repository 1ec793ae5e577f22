package org.egovarchive.kernel.event.upcast;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code DocumentDrafted} revision 2 added the document number (文号). Drafts recorded before had
 * none, so they get an explicit {@code null}.
 */
public final class DocumentDrafted1To2Upcaster extends RevisionStep {

    public DocumentDrafted1To2Upcaster() {
        super("DocumentDrafted", "1", "2");
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        if (!payload.has("number")) {
            payload.putNull("number");
        }
        return payload;
    }
}
