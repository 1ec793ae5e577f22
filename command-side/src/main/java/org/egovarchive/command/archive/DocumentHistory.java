package org.egovarchive.command.archive;

import org.egovarchive.command.history.RecordRows;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentEdited;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.UnreadableEventException;
import org.egovarchive.kernel.seal.SealedContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's stored rows folded by the kernel's one document fold ({@link DocumentRecord#next}),
 * keeping what a package shows along the way: each content version, each seal with the content
 * version it was applied over, each publication with what went online. Rows are read from the table
 * as stored (and upcast), never through the application's state.
 */
final class DocumentHistory {

    private static final EventCodec CODEC = new EventCodec();

    /** One content version and the canonical content a seal of it signs. */
    record Version(long contentVersion, String title, String body, SealedContent sealed) {
    }

    /** One act that put the document online, with what was online then. */
    record Publication(long sequence, String classification, String title, String body) {
    }

    /** One seal applied, and the document's content version when it was. */
    record Sealing(long sequence, DocumentRecord.AppliedSeal seal, long currentVersion) {
    }

    /** The first row the fold could not read, if any: nothing after it is shown. */
    record Unreadable(long sequence, String reason) {
    }

    final List<Version> versions = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();
    final List<Sealing> sealings = new ArrayList<>();
    DocumentRecord last;
    Unreadable unreadable;

    static DocumentHistory of(List<RecordRows.Row> rows) {
        DocumentHistory history = new DocumentHistory();
        for (RecordRows.Row row : rows) {
            try {
                history.apply(row);
            } catch (UnreadableEventException | IllegalArgumentException | ClassCastException e) {
                history.unreadable = new Unreadable(row.sequence(), e.getMessage());
                break;
            }
        }
        return history;
    }

    private void apply(RecordRows.Row row) {
        DocumentEvent event = (DocumentEvent) CODEC.event(row.type(), row.revision(), row.payload());
        DocumentRecord prior = last;
        last = DocumentRecord.next(prior, event, row.sequence(), Instant.parse(row.timestamp()));
        if (event instanceof DocumentDrafted || event instanceof DocumentEdited) {
            DocumentRecord.Content content = last.content();
            versions.add(new Version(content.contentVersion(), content.title(), content.body(), last.sealedContent()));
        } else if (event instanceof DocumentSealed) {
            sealings.add(new Sealing(row.sequence(), last.seal(), prior.content().contentVersion()));
        } else if (event instanceof DocumentPublished) {
            DocumentRecord.PublishedVersion online = last.publication().published();
            publications.add(new Publication(row.sequence(), last.filing().classification().name(), online.title(),
                    online.body()));
        }
    }

    Version version(long contentVersion) {
        return versions.stream().filter(v -> v.contentVersion() == contentVersion).findFirst().orElse(null);
    }
}
