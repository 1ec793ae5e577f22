package org.egovarchive.command.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.command.web.InvalidInputException;
import org.egovarchive.command.web.Problems;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentEdited;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The content versions of a document — the draft is version 1, each edit the next — and the diff
 * between any two of them ({@code GET /api/audit/document/{id}/diff?from=&to=}).
 */
@Component
public class ContentVersions {

    private final EventStore events;

    public ContentVersions(EventStore events) {
        this.events = events;
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
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(documentId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof DocumentDrafted e) {
                texts.add(text(event, 1, e.title(), e.body()));
            } else if (event.getPayload() instanceof DocumentEdited e) {
                texts.add(text(event, e.contentVersion(), e.title(), e.body()));
            }
        }
        return texts;
    }

    private static Text text(DomainEventMessage<?> event, long contentVersion, String title, String body) {
        Object writer = event.getMetaData().get(EventMetadata.ACTOR);
        return new Text(new Version(contentVersion, event.getSequenceNumber(), event.getTimestamp(),
                writer == null ? null : writer.toString(), title), body);
    }

    private static Text find(List<Text> texts, String field, long contentVersion) {
        return texts.stream().filter(t -> t.version().contentVersion() == contentVersion).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new Problems.FieldError(field,
                        "there is no content version " + contentVersion + "; this document has versions 1 to "
                                + texts.get(texts.size() - 1).version().contentVersion()))));
    }
}
