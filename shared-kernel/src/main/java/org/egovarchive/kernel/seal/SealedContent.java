package org.egovarchive.kernel.seal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.kernel.canonical.CanonicalJson;

import java.util.Objects;

/**
 * What a seal signs: one version of a document's content. Its canonical bytes are the
 * {@link CanonicalJson} form of an object holding these fields and {@code "format"} =
 * {@value #FORMAT}, so a verifier can rebuild them from the document's events alone.
 *
 * @param docType        the document type's name, e.g. {@code SPEECH}
 * @param classification the classification's name, e.g. {@code PUBLIC}
 * @param contentVersion the document's content version that was sealed
 */
public record SealedContent(
        String documentId,
        String title,
        String body,
        String department,
        String docType,
        String classification,
        long contentVersion) {

    /** Names the layout of the canonical bytes; a changed layout gets a new format name, never a changed one. */
    public static final String FORMAT = "egov-sealed-content-v1";

    public SealedContent {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(classification, "classification");
    }

    public byte[] canonicalBytes() {
        ObjectNode content = JsonNodeFactory.instance.objectNode()
                .put("format", FORMAT)
                .put("documentId", documentId)
                .put("title", title)
                .put("body", body)
                .put("department", department)
                .put("docType", docType)
                .put("classification", classification)
                .put("contentVersion", contentVersion);
        return CanonicalJson.bytes(content);
    }
}
