package org.egovarchive.query.projection;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.search.IndexText;

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
        DocumentView.SealInfo seal,
        List<DocumentView.Mark> marks) {

    static final ZoneId SITE_ZONE = WorkingDayCalendar.ZONE;

    static PublicDocument of(DocumentView view) {
        DocumentView.PublishedVersion published = view.published();
        IndexText text = IndexText.of(published.title(), published.body(), published.publishedAt());
        return new PublicDocument(view.id(), published.title(), published.body(), text.titleNorm(), text.bodyNorm(),
                text.titleWords(), text.bodyWords(), text.titlePinyin(), text.suggest(),
                view.number(), view.department(),
                Department.demo(view.department()).map(Department::name).orElse(view.department()),
                view.channel(), view.docType().name(), view.classification().name(), published.contentVersion(),
                published.publishedAt(), published.publishedAt().atZone(SITE_ZONE).getYear(),
                "/documents/" + view.id(), published.seal(), view.marks());
    }
}
