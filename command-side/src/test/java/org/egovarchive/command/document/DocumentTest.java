package org.egovarchive.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.document.Classification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.egovarchive.command.document.DocumentFixture.APPROVER1;
import static org.egovarchive.command.document.DocumentFixture.AUTHOR1;
import static org.egovarchive.command.document.DocumentFixture.AUTHOR2;
import static org.egovarchive.command.document.DocumentFixture.ID;
import static org.egovarchive.command.document.DocumentFixture.NOW;
import static org.egovarchive.command.document.DocumentFixture.draft;
import static org.egovarchive.command.document.DocumentFixture.drafted;
import static org.egovarchive.command.document.DocumentFixture.published;

class DocumentTest {

    private FixtureConfiguration<Document> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
    }

    @Test
    void anAuthorDraftsForTheirDepartment() {
        fixture.givenNoPriorActivity()
                .when(draft(Classification.PUBLIC))
                .expectEvents(drafted());
    }

    @Test
    void onlyAuthorsDraft() {
        fixture.givenNoPriorActivity()
                .when(new DraftDocument(ID, "政务动态", null, Classification.PUBLIC, "t", "b", APPROVER1))
                .expectException(ActRefused.class)
                .expectNoEvents();
    }

    @Test
    void aPublicDraftIsPublished() {
        fixture.given(drafted())
                .when(new PublishDocument(ID, NOW, AUTHOR1))
                .expectEvents(published())
                .expectResultMessagePayload(1L);
    }

    @Test
    void anotherDepartmentMayNotPublish() {
        fixture.given(drafted())
                .when(new PublishDocument(ID, NOW, AUTHOR2))
                .expectException(ActRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("housing"))
                .expectNoEvents();
    }

    @Test
    void aClassifiedDocumentIsNotPublished() {
        fixture.given(drafted(Classification.SECRET))
                .when(new PublishDocument(ID, NOW, AUTHOR1))
                .expectException(ActRefused.class)
                .expectNoEvents();
    }

    @Test
    void aPublishedDocumentIsNotPublishedTwice() {
        fixture.given(drafted(), published())
                .when(new PublishDocument(ID, NOW, AUTHOR1))
                .expectException(ActRefused.class)
                .expectNoEvents();
    }
}
