package org.egovarchive.query.search;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.staff.Department;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A published document as the public search index holds it: the text of the published version for
 * display (its own script), what matching needs of it ({@link IndexText}: folded text, words, pinyin,
 * type-ahead inputs), facets, status marks, and the seal with everything needed to verify it against
 * the text.
 */
public record PublicDocument(
        String id,
        String title,
        String body,
        String titleNorm,
        String bodyNorm,
        String titleWords,
        String bodyWords,
        String titlePinyin,
        IndexText.Completion suggest,
        String number,
        String department,
        String departmentName,
        String channel,
        String docType,
        String classification,
        long contentVersion,
        Instant publishedAt,
        int year,
        String url,
        DocumentRecord.AppliedSeal seal,
        List<DocumentRecord.Mark> marks) {

    static final ZoneId SITE_ZONE = WorkingDayCalendar.ZONE;

    /** Whether the public read model must hold it: a published version is online, and it is PUBLIC. */
    public static boolean isPublic(DocumentRecord document) {
        return document.publication().online() && document.publication().published() != null
                && document.filing().classification() == Classification.PUBLIC;
    }

    public static PublicDocument of(DocumentRecord document) {
        DocumentRecord.PublishedVersion published = document.publication().published();
        DocumentRecord.Filing filing = document.filing();
        IndexText text = IndexText.of(published.title(), published.body(), published.publishedAt());
        return new PublicDocument(document.documentId(), published.title(), published.body(), text.titleNorm(),
                text.bodyNorm(), text.titleWords(), text.bodyWords(), text.titlePinyin(), text.suggest(),
                filing.number(), filing.department(),
                Department.demo(filing.department()).map(Department::name).orElse(filing.department()),
                filing.channel(), filing.docType().name(), filing.classification().name(), published.contentVersion(),
                published.publishedAt(), published.publishedAt().atZone(SITE_ZONE).getYear(),
                "/documents/" + document.documentId(), published.seal(), document.marks());
    }
}
