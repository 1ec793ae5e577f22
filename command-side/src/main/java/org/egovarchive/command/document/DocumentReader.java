package org.egovarchive.command.document;

import org.egovarchive.command.history.RecordHistory;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rebuilds a document from its events with the one fold of a document — now, as it was at an instant, or step by step. */
@Component
public class DocumentReader {

    private final RecordHistory history;

    public DocumentReader(RecordHistory history) {
        this.history = history;
    }

    public Optional<DocumentRecord> current(String documentId) {
        return history.current(documentId, DocumentEvent.class, DocumentRecord::next);
    }

    /** The document as it stood at {@code instant}: every event recorded up to and including then. */
    public Optional<DocumentRecord> at(String documentId, Instant instant) {
        return history.at(documentId, instant, DocumentEvent.class, DocumentRecord::next);
    }

    /** Every event of the document up to {@code instant} with the document before and after it. */
    public List<RecordHistory.Step<DocumentRecord, DocumentEvent>> steps(String documentId, Instant instant) {
        return history.steps(documentId, instant, DocumentEvent.class, DocumentRecord::next);
    }
}
