package org.egovarchive.command.document;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentApproved;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentEdited;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.document.DocumentSubmitted;
import org.egovarchive.kernel.staff.StaffRole;

import java.time.Instant;
import java.util.Optional;

/** Shared builders for document fixture tests. */
final class DocumentFixture {

    static final String ID = "doc-1";
    static final String SEAL = "seal-1";
    static final Instant NOW = Instant.parse("2026-06-08T01:46:00Z");
    static final Actor AUTHOR1 = new Actor("author1", StaffRole.AUTHOR, "info-center");
    static final Actor AUTHOR2 = new Actor("author2", StaffRole.AUTHOR, "housing");
    static final Actor APPROVER1 = new Actor("approver1", StaffRole.APPROVER, "info-center");
    static final Actor KEEPER1 = new Actor("keeper1", StaffRole.SEAL_KEEPER, "info-center");
    static final Actor LEADER1 = new Actor("leader1", StaffRole.LEADER, "office");
    static final Sealer.Signed SIGNED = new Sealer.Signed("SM2", "d1", "s1");

    private DocumentFixture() {
    }

    static DraftDocument draft(Classification classification) {
        return new DraftDocument(ID, "政务动态", DocType.SPEECH, classification, "电子政务", "正文", null, AUTHOR1);
    }

    static DocumentDrafted drafted(Classification classification, String body) {
        return new DocumentDrafted(ID, "info-center", "政务动态", DocType.SPEECH, classification, "电子政务", body, "author1", null);
    }

    static DocumentDrafted drafted() {
        return drafted(Classification.PUBLIC, "正文");
    }

    static DocumentEdited edited(long contentVersion, String editor) {
        return new DocumentEdited(ID, "电子政务", "修改后的正文", contentVersion, editor);
    }

    static DocumentSubmitted submitted() {
        return new DocumentSubmitted(ID, 1, "author1");
    }

    static DocumentApproved approved() {
        return new DocumentApproved(ID, 1, "approver1", "同意");
    }

    static DocumentSealed sealed() {
        return new DocumentSealed(ID, SEAL, "keeper1", "SM2", 1, "d1", "s1");
    }

    static DocumentPublished published() {
        return new DocumentPublished(ID, "政务动态", NOW);
    }

    /** Seals with a fixed signature after the checks a real sealer makes for department and keeper. */
    static Sealer sealer() {
        return (sealId, keeper, department, content) -> {
            if (!SEAL.equals(sealId) || !keeper.username().equals("keeper1")) {
                throw ActRefused.forbidden("seal", keeper.username() + " is not a keeper of seal " + sealId);
            }
            return SIGNED;
        };
    }

    static SealVerifier verifierSaying(String problem) {
        return (seal, content) -> Optional.ofNullable(problem);
    }
}
