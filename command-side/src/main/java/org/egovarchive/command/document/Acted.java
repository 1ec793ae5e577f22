package org.egovarchive.command.document;

import org.egovarchive.kernel.document.DocumentState;

/** What an act on a document did: the document's version and state right after it. */
public record Acted(long version, DocumentState state) {
}
