package org.egovarchive.command.document;

import org.egovarchive.kernel.document.DocumentState;

/** Answers of the documents API. */
final class DocumentResponses {

    private DocumentResponses() {
    }

    record Versioned(String id, long version) {
    }

    record Transition(String id, long version, DocumentState state) {
    }

    record Sealed(String id, long version, DocumentState state, String algorithm, String digest, String signature) {
    }

    record Published(String id, long version, DocumentState state, String url) {
    }
}
