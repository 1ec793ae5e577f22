package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.kernel.seal.SealedContent;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's stored events folded the way a package reader folds them: from the stored JSON, not
 * through upcasters, so that the server's files and an independent verifier agree byte for byte.
 */
final class DocumentHistory {

    /** One content version and the canonical content a seal of it signs. */
    record Version(long contentVersion, String title, String body, SealedContent sealed) {
    }

    /** One act that put the document online, with what was online then. */
    record Publication(long sequence, String classification, String title, String body) {
    }

    /** One seal applied, and the document's content version when it was. */
    record Sealing(long sequence, String timestamp, JsonNode payload, long currentVersion) {
    }

    final List<Version> versions = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();
    final List<Sealing> sealings = new ArrayList<>();
    String documentId;
    String department;
    String docType;
    String classification;
    String number;
    String author;
    String draftedAt;
    Integer retentionYears;
    private String title;
    private String body;

    static DocumentHistory of(List<RecordRows.Row> rows) {
        DocumentHistory history = new DocumentHistory();
        rows.forEach(history::apply);
        return history;
    }

    private void apply(RecordRows.Row row) {
        JsonNode event = Payloads.tree(row.payload());
        if (event == null) {
            return;
        }
        switch (row.type()) {
            case "DocumentDrafted" -> {
                documentId = Payloads.text(event, "documentId");
                department = Payloads.text(event, "department");
                docType = Payloads.text(event, "docType");
                classification = Payloads.text(event, "classification");
                number = Payloads.text(event, "number");
                author = Payloads.text(event, "author");
                draftedAt = row.timestamp();
                newVersion(1, Payloads.text(event, "title"), Payloads.text(event, "body"));
            }
            case "DocumentEdited" -> newVersion(event.path("contentVersion").asLong(), Payloads.text(event, "title"),
                    Payloads.text(event, "body"));
            case "DocumentSealed" -> sealings.add(new Sealing(row.sequence(), row.timestamp(), event,
                    versions.isEmpty() ? 0 : versions.get(versions.size() - 1).contentVersion()));
            case "DocumentPublished" -> publications.add(new Publication(row.sequence(), classification, title, body));
            case "DocumentArchived" -> retentionYears = event.path("retentionYears").asInt();
            default -> {
                // the other acts change neither content nor required metadata
            }
        }
    }

    private void newVersion(long contentVersion, String newTitle, String newBody) {
        title = newTitle;
        body = newBody;
        if (documentId == null || newTitle == null || newBody == null) {
            // not a readable document: the chain check says so; there is no content to show
            return;
        }
        versions.add(new Version(contentVersion, newTitle, newBody, new SealedContent(documentId, newTitle, newBody,
                department, docType, classification, contentVersion)));
    }

    Version version(long contentVersion) {
        return versions.stream().filter(v -> v.contentVersion() == contentVersion).findFirst().orElse(null);
    }
}
