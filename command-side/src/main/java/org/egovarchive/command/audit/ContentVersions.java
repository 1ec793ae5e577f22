package org.egovarchive.command.audit;

import org.egovarchive.command.document.DocumentReader;
import org.egovarchive.command.history.RecordHistory;
import org.egovarchive.command.web.InvalidInputException;
import org.egovarchive.command.web.Problems;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;



/**
 * The content versions of a document — the draft is version 1, each edit the next — and the diff
 * between any two of them. A version is whatever step of the document's fold changed its content
 * version, so the fold alone decides what a new version is ({@code GET /api/audit/document/{id}/diff?from=&to=}).
 */
@Component
public class ContentVersions {

    private final DocumentReader documents;

    public ContentVersions(DocumentReader documents) {
        this.documents = documents;
    }

    /** One version without its text: when it was written, by whom, at which event. */
    public record Version(long contentVersion, long sequence, Instant recordedAt, String writer, String title) {
    }

    /** Two versions compared; {@code versions} lists all there are, for choosing others. */
    public record Diff(String id, Version from, Version to, List<Version> versions, TextDiff.Result diff) {
    }

    private record Text(Version version, String body) {
    }

    /**
     * @param from the older side; by default the version before {@code to}
     * @param to   the newer side; by default the latest version
     */
    public Diff between(RecordHeaders.Header document, Long from, Long to) {
        List<Text> texts = texts(document.id());
        Text newer = to == null ? texts.get(texts.size() - 1) : find(texts, "to", to);
        Text older = from == null ? texts.get(Math.max(0, texts.indexOf(newer) - 1)) : find(texts, "from", from);
        return new Diff(document.id(), older.version(), newer.version(), texts.stream().map(Text::version).toList(),
                TextDiff.of(older.version().title(), older.body(), newer.version().title(), newer.body()));
    }

    private List<Text> texts(String documentId) {
        List<Text> texts = new ArrayList<>();
        for (RecordHistory.Step<DocumentRecord, DocumentEvent> step : documents.steps(documentId, Instant.MAX)) {
            DocumentRecord.Content content = step.after().content();
            if (step.before() == null || content.contentVersion() != step.before().content().contentVersion()) {
                texts.add(new Text(new Version(content.contentVersion(), step.sequence(), step.at(),
                        step.metadata(EventMetadata.ACTOR), content.title()), content.body()));
            }
        }
        return texts;
    }

    private static Text find(List<Text> texts, String field, long contentVersion) {
        return texts.stream().filter(t -> t.version().contentVersion() == contentVersion).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new Problems.FieldError(field,
                        "there is no content version " + contentVersion + "; this document has versions 1 to "
                                + texts.get(texts.size() - 1).version().contentVersion()))));
    }
}
