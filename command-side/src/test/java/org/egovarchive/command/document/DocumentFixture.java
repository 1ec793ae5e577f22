package org.egovarchive.command.document;

import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.staff.StaffRole;

import java.time.Instant;

/** Shared builders for document fixture tests. */
final class DocumentFixture {

    static final String ID = "doc-1";
    static final Instant NOW = Instant.parse("2026-06-08T01:46:00Z");
    static final Actor AUTHOR1 = new Actor("author1", StaffRole.AUTHOR, "info-center");
    static final Actor AUTHOR2 = new Actor("author2", StaffRole.AUTHOR, "housing");
    static final Actor APPROVER1 = new Actor("approver1", StaffRole.APPROVER, "info-center");

    private DocumentFixture() {
    }

    static DraftDocument draft(Classification classification) {
        return new DraftDocument(ID, "政务动态", DocType.SPEECH, classification, "电子政务", "正文", AUTHOR1);
    }

    static DocumentDrafted drafted(Classification classification) {
        return new DocumentDrafted(ID, "info-center", "政务动态", DocType.SPEECH, classification, "电子政务", "正文", "author1");
    }

    static DocumentDrafted drafted() {
        return drafted(Classification.PUBLIC);
    }

    static DocumentPublished published() {
        return new DocumentPublished(ID, "政务动态", ID, NOW);
    }
}
