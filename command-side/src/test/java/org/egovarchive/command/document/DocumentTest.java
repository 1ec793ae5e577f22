package org.egovarchive.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.egovarchive.command.document.DocumentCommands.ApproveDocument;
import org.egovarchive.command.document.DocumentCommands.ArchiveDocument;
import org.egovarchive.command.document.DocumentCommands.EditDocument;
import org.egovarchive.command.document.DocumentCommands.ForwardDocument;
import org.egovarchive.command.document.DocumentCommands.MarkDocumentStatus;
import org.egovarchive.command.document.DocumentCommands.PublishDocument;
import org.egovarchive.command.document.DocumentCommands.RejectDocument;
import org.egovarchive.command.document.DocumentCommands.SealDocument;
import org.egovarchive.command.document.DocumentCommands.SubmitDocument;
import org.egovarchive.command.document.DocumentCommands.WithdrawDocument;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentArchived;
import org.egovarchive.kernel.document.DocumentForwarded;
import org.egovarchive.kernel.document.DocumentRejected;
import org.egovarchive.kernel.document.DocumentStatusMarked;
import org.egovarchive.kernel.document.DocumentSubmitted;
import org.egovarchive.kernel.document.DocumentWithdrawn;
import org.egovarchive.kernel.document.PublicationBlocked;
import org.egovarchive.kernel.document.StatusMark;
import org.egovarchive.kernel.seal.SealRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.egovarchive.command.document.DocumentFixture.*;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;

class DocumentTest {

    private FixtureConfiguration<Document> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
        fixture.registerInjectableResource(sealer());
        fixture.registerInjectableResource(verifierSaying(null));
    }

    private void refused(Object command, String messagePart, Object... given) {
        fixture.given(given).when(command)
                .expectException(ActRefused.class)
                .expectExceptionMessage(containsString(messagePart))
                .expectNoEvents();
    }

    @Nested
    class ItsStream {
        @Test
        void anEventOfAnotherKindInADocumentsStreamFailsTheLoadInsteadOfBeingSkipped() {
            fixture.given(drafted(), new SealRevoked(ID, "遗失"))
                    .when(new EditDocument(ID, "电子政务", "修改后的正文", 1L, AUTHOR1))
                    .expectException(hasProperty("cause", allOf(instanceOf(IllegalStateException.class),
                            hasProperty("message", containsString("not a document event: "
                                    + SealRevoked.class.getName())))))
                    .expectNoEvents();
        }
    }

    @Nested
    class Drafting {
        @Test
        void anAuthorDraftsForTheirDepartment() {
            fixture.givenNoPriorActivity().when(draft(Classification.PUBLIC)).expectEvents(drafted());
        }

        @Test
        void aKeeperDoesNotDraft() {
            fixture.givenNoPriorActivity()
                    .when(new DraftDocument(ID, "政务动态", DocType.NEWS, Classification.PUBLIC, "t", "b", null, KEEPER1))
                    .expectException(ActRefused.class).expectNoEvents();
        }

        @Test
        void anEditMakesANewContentVersion() {
            fixture.given(drafted())
                    .when(new EditDocument(ID, "电子政务", "修改后的正文", 0L, AUTHOR1))
                    .expectEvents(edited(2, "author1"));
        }

        @Test
        void anotherDepartmentMayNotEdit() {
            refused(new EditDocument(ID, "t", "b", 0L, AUTHOR2), "housing", drafted());
        }

        @Test
        void anArchivedDocumentIsNotEdited() {
            refused(new EditDocument(ID, "t", "b", 1L, AUTHOR1), "archived", drafted(), new DocumentArchived(ID, 10));
        }
    }

    @Nested
    class Review {
        @Test
        void aDraftIsSubmitted() {
            fixture.given(drafted()).when(new SubmitDocument(ID, AUTHOR1)).expectEvents(submitted());
        }

        @Test
        void aSubmittedDocumentIsNotSubmittedAgain() {
            refused(new SubmitDocument(ID, AUTHOR1), "SUBMITTED", drafted(), submitted());
        }

        @Test
        void anApproverSignsItOff() {
            fixture.given(drafted(), submitted()).when(new ApproveDocument(ID, "同意", APPROVER1)).expectEvents(approved());
        }

        @Test
        void theAuthorMayNotApprove() {
            refused(new ApproveDocument(ID, null, AUTHOR1), "APPROVER", drafted(), submitted());
        }

        @Test
        void anApproverWhoEditedItMayNotApproveIt() {
            refused(new ApproveDocument(ID, null, APPROVER1), "wrote this document",
                    drafted(), edited(2, "approver1"), new DocumentSubmitted(ID, 2, "author1"));
        }

        @Test
        void aDraftIsNotApproved() {
            refused(new ApproveDocument(ID, null, APPROVER1), "DRAFT", drafted());
        }

        @Test
        void aRejectedDocumentIsADraftAgainAfterTheNextEdit() {
            fixture.given(drafted(), submitted(), new DocumentRejected(ID, 1, "approver1", "改"))
                    .when(new SubmitDocument(ID, AUTHOR1))
                    .expectException(ActRefused.class);
            fixture.given(drafted(), submitted(), new DocumentRejected(ID, 1, "approver1", "改"), edited(2, "author1"))
                    .when(new SubmitDocument(ID, AUTHOR1))
                    .expectEvents(new DocumentSubmitted(ID, 2, "author1"));
        }

        @Test
        void aRejectionNeedsTheReviewer() {
            fixture.given(drafted(), submitted()).when(new RejectDocument(ID, "改", APPROVER1))
                    .expectEvents(new DocumentRejected(ID, 1, "approver1", "改"));
        }
    }

    @Nested
    class Sealing {
        @Test
        void aKeeperSealsAnApprovedDocument() {
            fixture.given(drafted(), submitted(), approved()).when(new SealDocument(ID, SEAL, KEEPER1))
                    .expectEvents(sealed());
        }

        @Test
        void anUnapprovedDocumentIsNotSealed() {
            refused(new SealDocument(ID, SEAL, KEEPER1), "SUBMITTED", drafted(), submitted());
        }

        @Test
        void onlyAKeeperOfTheSealSeals() {
            refused(new SealDocument(ID, "other-seal", KEEPER1), "not a keeper", drafted(), submitted(), approved());
        }

        @Test
        void anAuthorDoesNotSeal() {
            refused(new SealDocument(ID, SEAL, AUTHOR1), "SEAL_KEEPER", drafted(), submitted(), approved());
        }

        @Test
        void anEditVoidsApprovalAndSeal() {
            refused(new PublishDocument(ID, NOW, AUTHOR1), "DRAFT",
                    drafted(), submitted(), approved(), sealed(), edited(2, "author1"));
        }
    }

    @Nested
    class Publication {
        @Test
        void aSealedPublicDocumentGoesOnline() {
            fixture.given(drafted(), submitted(), approved(), sealed())
                    .when(new PublishDocument(ID, NOW, AUTHOR1))
                    .expectEvents(published())
                    .expectResultMessagePayload(new PublishOutcome.Published(4));
        }

        @Test
        void aClassifiedDocumentIsBlockedAndTheAttemptRecorded() {
            fixture.given(drafted(Classification.SECRET, "正文"))
                    .when(new PublishDocument(ID, NOW, AUTHOR1))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                            org.axonframework.test.matchers.Matchers.messageWithPayload(
                                    org.hamcrest.Matchers.instanceOf(PublicationBlocked.class)),
                            org.axonframework.test.matchers.Matchers.andNoMore()));
        }

        @Test
        void aMarkingInThePublicTextIsBlockedNamingIt() {
            fixture.given(drafted(Classification.PUBLIC, "机密★1年\n关于某事项的通知"), submitted(), approved(), sealed())
                    .when(new PublishDocument(ID, NOW, AUTHOR1))
                    .expectEvents(new PublicationBlocked(ID, Classification.PUBLIC,
                            "the text carries a classification marking (涉密不上网): 机密★1年 (body, line 1)",
                            List.of("机密★1年 (body, line 1)")));
        }

        @Test
        void anUnsealedDocumentIsNotPublished() {
            refused(new PublishDocument(ID, NOW, AUTHOR1), "APPROVED", drafted(), submitted(), approved());
        }

        @Test
        void aSealThatDoesNotVerifyStopsPublication() {
            fixture = new AggregateTestFixture<>(Document.class);
            fixture.registerInjectableResource(sealer());
            fixture.registerInjectableResource(verifierSaying("the signature does not verify"));
            refused(new PublishDocument(ID, NOW, AUTHOR1), "does not verify", drafted(), submitted(), approved(), sealed());
        }

        @Test
        void aKeeperDoesNotPublish() {
            refused(new PublishDocument(ID, NOW, KEEPER1), "AUTHOR", drafted(), submitted(), approved(), sealed());
        }

        @Test
        void aPublishedDocumentIsWithdrawn() {
            fixture.given(drafted(), submitted(), approved(), sealed(), published())
                    .when(new WithdrawDocument(ID, "过期", AUTHOR1))
                    .expectEvents(new DocumentWithdrawn(ID, "过期"));
        }

        @Test
        void aDocumentThatIsNotOnlineIsNotWithdrawn() {
            refused(new WithdrawDocument(ID, "x", AUTHOR1), "not on the public site", drafted());
        }

        @Test
        void aRevisedPublishedDocumentIsPublishedAgainAfterANewSeal() {
            fixture.given(drafted(), submitted(), approved(), sealed(), published(), edited(2, "author1"),
                            new DocumentSubmitted(ID, 2, "author1"),
                            new org.egovarchive.kernel.document.DocumentApproved(ID, 2, "approver1", null),
                            new org.egovarchive.kernel.document.DocumentSealed(ID, SEAL, "keeper1", "SM2", 2, "d2", "s2"))
                    .when(new PublishDocument(ID, NOW, AUTHOR1))
                    .expectEvents(published());
        }
    }

    @Nested
    class RecordKeeping {
        @Test
        void aDocumentIsForwardedToOtherDepartments() {
            fixture.given(drafted()).when(new ForwardDocument(ID, List.of("housing"), "请参阅", AUTHOR1))
                    .expectEvents(new DocumentForwarded(ID, List.of("housing"), "请参阅"));
        }

        @Test
        void notToItsOwnDepartment() {
            refused(new ForwardDocument(ID, List.of("info-center"), null, AUTHOR1), "own department", drafted());
        }

        @Test
        void anApproverArchivesIt() {
            fixture.given(drafted(), submitted(), approved(), sealed(), published())
                    .when(new ArchiveDocument(ID, 30, APPROVER1))
                    .expectEvents(new DocumentArchived(ID, 30));
        }

        @Test
        void aLeaderReadsButDoesNotArchive() {
            refused(new ArchiveDocument(ID, 30, LEADER1), "APPROVER", drafted());
        }

        @Test
        void aPublishedDocumentIsMarkedRepealed() {
            fixture.given(drafted(), submitted(), approved(), sealed(), published())
                    .when(new MarkDocumentStatus(ID, StatusMark.REPEALED, "已被新文件废止", "doc-2", AUTHOR1))
                    .expectEvents(new DocumentStatusMarked(ID, StatusMark.REPEALED, "已被新文件废止", "doc-2"));
        }

        @Test
        void aStatusMarkCarriesNoFreeTextToThePublicPage() {
            refused(new MarkDocumentStatus(ID, StatusMark.AMENDED, "机密★1年 内部掌握的修改理由", null, AUTHOR1), "note",
                    drafted(), submitted(), approved(), sealed(), published());
            refused(new MarkDocumentStatus(ID, StatusMark.EXPIRED, "本文件已废止", null, AUTHOR1), "本文件已失效",
                    drafted(), submitted(), approved(), sealed(), published());
        }

        @Test
        void aNeverPublishedDocumentIsNotMarked() {
            refused(new MarkDocumentStatus(ID, StatusMark.EXPIRED, null, null, AUTHOR1), "published", drafted());
        }
    }
}
